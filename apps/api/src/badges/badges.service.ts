// Organizers' side of badges: issue (an approved application's badge), download one badge's
// PDF, rotate (a new code; older ones stop admitting) or revoke a badge, and render a whole
// edition through the worker with progress and cancel. Writes go through the MutationRunner
// (authorization, audit, one transaction); the render job is recorded in the outbox of the
// same transaction.
import { Inject, Injectable } from '@nestjs/common';
import type { Database, Prisma } from '@caravan/db';
import { badgeInputOf, badgeRendererFor, BADGE_SELECT, editionBadgesRenderJob, printableBadges, renderOneBadge, type JobServices } from '@caravan/jobs';
import { requireScope } from '../auth/policy/require-scope.js';
import type { RequestAuth } from '../auth/request-auth.js';
import { ViewerService } from '../auth/viewer.service.js';
import { badField, notFound } from '../common/errors/app-error.js';
import { MutationRunner, type MutationChange } from '../common/write/mutation-runner.js';
import { ScopeResolver } from '../common/write/scope-resolver.js';
import { DATABASE, JOB_SERVICES } from '../config/config.tokens.js';
import { OutboxDispatcher } from '../jobs/outbox.dispatcher.js';
import { OutboxService } from '../jobs/outbox.service.js';
import { BadgeIssuer } from './badge-issuer.js';
import type { BadgeModel, BadgePdfModel, BadgeRenderRunModel } from './models/badge.model.js';

const BADGE_FIELDS = { id: true, applicationId: true, badgeNumber: true, serial: true, status: true, credential: true, issuedAt: true, revokedAt: true, revokedReason: true } as const;

type BadgeRecord = { id: string; applicationId: string; badgeNumber: number; serial: number; status: BadgeModel['status']; credential: string; issuedAt: Date; revokedAt: Date | null; revokedReason: string | null };

type RunRow = { id: string; status: BadgeRenderRunModel['status']; total: number; done: number; mergedKey: string | null; error: string | null; cancelRequestedAt: Date | null; createdAt: Date; finishedAt: Date | null };

const toModel = (row: BadgeRecord): BadgeModel => ({ ...row, issuedAt: row.issuedAt.toISOString(), revokedAt: row.revokedAt?.toISOString() ?? null });

const MAX_REASON = 500;

/** Badges issued per transaction when a rendering issues the missing ones. */
const ISSUE_BATCH = 2000;

function reasonOf(reason: string): string {
  const text = reason.trim();
  if (text === '') throw badField('reason', 'is required: say why (e.g. "lost at the hotel")');
  if (text.length > MAX_REASON) throw badField('reason', `must be at most ${MAX_REASON} characters`);
  return text;
}

@Injectable()
export class BadgesService {
  constructor(
    @Inject(DATABASE) private readonly database: Database,
    @Inject(JOB_SERVICES) private readonly services: JobServices,
    private readonly writes: MutationRunner,
    private readonly viewers: ViewerService,
    private readonly scopes: ScopeResolver,
    private readonly issuer: BadgeIssuer,
    private readonly outbox: OutboxService,
    private readonly dispatcher: OutboxDispatcher,
  ) {}

  private async applicationScope(applicationId: string) {
    const row = await this.database.prisma.application.findUnique({ where: { id: applicationId }, select: { editionId: true, edition: { select: { seriesId: true } } } });
    if (!row) throw notFound(`Application ${applicationId}`, 'Check the id; applications lists an edition’s applications.');
    return { seriesId: row.edition.seriesId, editionId: row.editionId };
  }

  private async badgeScope(badgeId: string) {
    const row = await this.database.prisma.badge.findUnique({ where: { id: badgeId }, select: { editionId: true, edition: { select: { seriesId: true } } } });
    if (!row) throw notFound(`Badge ${badgeId}`, 'Check the id; issueBadge answers an application’s badge.');
    return { seriesId: row.edition.seriesId, editionId: row.editionId };
  }

  async issue(auth: RequestAuth, applicationId: string): Promise<BadgeModel> {
    const scope = await this.applicationScope(applicationId);
    return this.writes.run(auth, { action: 'badge.issue', scope, audit: { action: 'create', entityType: 'Badge' } }, async (tx) => {
      const issued = await this.issuer.ensure(tx, applicationId);
      const row = await tx.badge.findUniqueOrThrow({ where: { id: issued.id }, select: BADGE_FIELDS });
      return { result: toModel(row), entityId: row.id, after: { applicationId, badgeNumber: row.badgeNumber, serial: row.serial } };
    });
  }

  async rotate(auth: RequestAuth, badgeId: string, reason: string): Promise<BadgeModel> {
    const text = reasonOf(reason);
    const scope = await this.badgeScope(badgeId);
    return this.writes.run(auth, { action: 'badge.issue', scope, audit: { action: 'update', entityType: 'Badge' } }, async (tx) => {
      const before = await tx.badge.findUniqueOrThrow({ where: { id: badgeId }, select: BADGE_FIELDS });
      if (before.status === 'REVOKED') throw badField('badgeId', 'names a revoked badge: it cannot get a new code; issue the participant a new application’s badge instead');
      await this.issuer.rotate(tx, badgeId);
      const row = await tx.badge.findUniqueOrThrow({ where: { id: badgeId }, select: BADGE_FIELDS });
      return { result: toModel(row), entityId: badgeId, before: { serial: before.serial }, after: { serial: row.serial, reason: text } };
    });
  }

  async revoke(auth: RequestAuth, badgeId: string, reason: string): Promise<BadgeModel> {
    const text = reasonOf(reason);
    const scope = await this.badgeScope(badgeId);
    return this.writes.run(auth, { action: 'badge.issue', scope, audit: { action: 'revoke', entityType: 'Badge' } }, async (tx): Promise<MutationChange<BadgeModel>> => {
      const before = await tx.badge.findUniqueOrThrow({ where: { id: badgeId }, select: BADGE_FIELDS });
      if (before.status === 'REVOKED') return { result: toModel(before), entityId: badgeId, after: { status: 'REVOKED', unchanged: true } };
      const row = await tx.badge.update({ where: { id: badgeId }, data: { status: 'REVOKED', revokedAt: new Date(), revokedReason: text }, select: BADGE_FIELDS });
      return { result: toModel(row), entityId: badgeId, before: { status: before.status }, after: { status: row.status, reason: text } };
    });
  }

  /** One badge as an A6 PDF, drawn from the same loader as the edition's rendering. */
  async pdf(auth: RequestAuth, applicationId: string): Promise<BadgePdfModel> {
    const scope = await this.applicationScope(applicationId);
    requireScope(await this.viewers.viewer(auth), 'registration.read', scope);
    const row = await this.database.prisma.badge.findUnique({ where: { applicationId }, select: { ...BADGE_SELECT, status: true } });
    if (!row) throw notFound(`The badge of application ${applicationId}`, 'Issue it first with issueBadge (the application must be approved).');
    if (row.status === 'REVOKED') throw badField('applicationId', 'names an application whose badge is revoked: a revoked badge is not printed');
    const renderer = await badgeRendererFor(this.database.prisma, scope.editionId);
    const bytes = await renderOneBadge(renderer, await badgeInputOf(row, this.services.storage));
    return { fileName: `badge-${row.badgeNumber}.pdf`, contentType: 'application/pdf', base64: bytes.toString('base64') };
  }

  /**
   * Issues the missing badges of the edition's approved applications and queues their rendering.
   * Badges are issued in batches, each its own audited transaction, so an edition of tens of
   * thousands never holds one transaction (and the key's row lock) for minutes.
   */
  async startRender(auth: RequestAuth, series: string, number: number): Promise<BadgeRenderRunModel> {
    const scope = await this.scopes.edition(series, number);
    const missing = (tx: Prisma.TransactionClient) =>
      tx.application.findMany({ where: { editionId: scope.editionId, status: 'APPROVED', badge: null }, select: { id: true }, orderBy: { createdAt: 'asc' }, take: ISSUE_BATCH });
    let issued = 0;
    // Full batches first, each in its own transaction; the last one goes with the run below.
    while ((await this.database.prisma.application.count({ where: { editionId: scope.editionId, status: 'APPROVED', badge: null } })) > ISSUE_BATCH) {
      issued += await this.writes.run(auth, { action: 'badge.issue', scope, audit: { action: 'create', entityType: 'Badge' } }, async (tx) => {
        const count = await this.issuer.ensureMany(tx, scope.editionId, (await missing(tx)).map((a) => a.id));
        return { result: count, entityId: scope.editionId, after: { issued: count } };
      });
    }
    const run = await this.writes.run(auth, { action: 'badge.issue', scope, audit: { action: 'create', entityType: 'BadgeRenderRun' } }, async (tx, actor) => {
      const last = await this.issuer.ensureMany(tx, scope.editionId, (await missing(tx)).map((a) => a.id));
      const created = await tx.badgeRenderRun.create({ data: { editionId: scope.editionId, requestedById: actor.user.id, total: await tx.badge.count({ where: printableBadges(scope.editionId) }) } });
      await this.outbox.record(tx, editionBadgesRenderJob, { runId: created.id });
      return { result: created, entityId: created.id, after: { issued: issued + last } };
    });
    void this.dispatcher.kick();
    return this.runModel(run);
  }

  async cancelRender(auth: RequestAuth, runId: string): Promise<BadgeRenderRunModel> {
    const found = await this.database.prisma.badgeRenderRun.findUnique({ where: { id: runId }, select: { editionId: true, edition: { select: { seriesId: true } } } });
    if (!found) throw notFound(`Badge render run ${runId}`, 'Check the id that renderEditionBadges answered.');
    const scope = { seriesId: found.edition.seriesId, editionId: found.editionId };
    const run = await this.writes.run(auth, { action: 'badge.issue', scope, audit: { action: 'update', entityType: 'BadgeRenderRun' } }, async (tx): Promise<MutationChange<RunRow>> => {
      const current = await tx.badgeRenderRun.findUniqueOrThrow({ where: { id: runId } });
      if (current.status === 'DONE' || current.status === 'FAILED' || current.status === 'CANCELLED') return { result: current, entityId: runId, after: { unchanged: current.status } };
      // A queued run is cancelled at once; a running one stops at its next progress check.
      const row = await tx.badgeRenderRun.update({
        where: { id: runId },
        data: { cancelRequestedAt: new Date(), ...(current.status === 'QUEUED' ? { status: 'CANCELLED' as const, finishedAt: new Date() } : {}) },
      });
      return { result: row, entityId: runId, after: { cancelRequested: true } };
    });
    return this.runModel(run);
  }

  async renderRun(auth: RequestAuth, runId: string): Promise<BadgeRenderRunModel> {
    const run = await this.database.prisma.badgeRenderRun.findUnique({ where: { id: runId }, include: { edition: { select: { seriesId: true } } } });
    if (!run) throw notFound(`Badge render run ${runId}`, 'Check the id that renderEditionBadges answered.');
    requireScope(await this.viewers.viewer(auth), 'registration.read', { seriesId: run.edition.seriesId, editionId: run.editionId });
    return this.runModel(run);
  }

  private runModel(run: RunRow): BadgeRenderRunModel {
    return {
      id: run.id,
      status: run.status,
      total: run.total,
      done: run.done,
      mergedKey: run.mergedKey,
      error: run.error,
      cancelRequested: run.cancelRequestedAt !== null,
      createdAt: run.createdAt.toISOString(),
      finishedAt: run.finishedAt?.toISOString() ?? null,
    };
  }
}
