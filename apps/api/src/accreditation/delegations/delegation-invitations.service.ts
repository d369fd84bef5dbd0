// Invitations of a delegation to register its members: organizers create one (the link shown
// once, a mail to its holder through the outbox, optionally the delegation's quota), revoke it,
// and the link's holder opens it. A link is refused with INVITATION_INVALID naming why: forged,
// expired, revoked, or unknown to this forum.
import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import type { Database, Prisma } from '@caravan/db';
import { mailSendJob } from '@caravan/jobs';
import { pickText, type LocalizedText } from '@caravan/regions';
import type { RequestAuth } from '../../auth/request-auth.js';
import { notFound } from '../../common/errors/app-error.js';
import { parseInput } from '../../common/errors/parse-input.js';
import { MutationRunner } from '../../common/write/mutation-runner.js';
import { API_CONFIG, DATABASE } from '../../config/config.tokens.js';
import type { ApiConfig } from '../../config/env.js';
import { OutboxService } from '../../jobs/outbox.service.js';
import { ZInvitationArgs } from './invitation.inputs.js';
import { invitationInvalid, InvitationTokens, tokenHash } from './invitation-tokens.js';
import type { DelegationInvitationLinkModel, DelegationInvitationViewModel } from './models/delegation-invitation.model.js';

/** Kinds of category a delegation registers its members in. */
export const DELEGATION_KINDS = ['DELEGATION_MEMBER', 'HEAD_OF_DELEGATION'] as const;

/** Statuses that hold a place in a delegation's quota. */
export const COUNTED_STATUSES = ['DRAFT', 'SUBMITTED', 'APPROVED', 'WAITLISTED'] as const;

const text = (value: unknown, lang: string): string => pickText(value as LocalizedText, lang)?.text ?? '';
const day = (date: Date): string => date.toISOString().slice(0, 10);

const DELEGATION_SELECT = {
  id: true,
  name: true,
  countryCode: true,
  memberQuota: true,
  editionId: true,
  edition: { select: { seriesId: true, number: true, theme: true, startDate: true, endDate: true, series: { select: { slug: true, name: true } } } },
} satisfies Prisma.DelegationSelect;
type DelegationRow = Prisma.DelegationGetPayload<{ select: typeof DELEGATION_SELECT }>;

export interface OpenInvitation {
  id: string;
  expiresAt: Date;
  delegation: DelegationRow;
}

@Injectable()
export class DelegationInvitationsService {
  constructor(
    @Inject(DATABASE) private readonly database: Database,
    @Inject(API_CONFIG) private readonly config: ApiConfig,
    private readonly runner: MutationRunner,
    private readonly tokens: InvitationTokens,
    private readonly outbox: OutboxService,
  ) {}

  private delegationName(delegation: Pick<DelegationRow, 'name' | 'countryCode'>, lang: string): string {
    return text(delegation.name, lang) || delegation.countryCode || 'Delegation';
  }

  private async delegation(id: string): Promise<DelegationRow> {
    const found = await this.database.prisma.delegation.findUnique({ where: { id }, select: DELEGATION_SELECT });
    if (!found) throw notFound(`Delegation ${id}`, 'Check the delegation id: the delegations of an edition carry it.');
    return found;
  }

  async create(auth: RequestAuth, args: unknown): Promise<DelegationInvitationLinkModel> {
    const input = parseInput(ZInvitationArgs, args);
    const delegation = await this.delegation(input.delegationId);
    const scope = { seriesId: delegation.edition.seriesId, editionId: delegation.editionId };
    return this.runner.run(auth, { action: 'registration.edit', scope, audit: { action: 'create', entityType: 'DelegationInvitation' } }, async (tx, actor) => {
      const id = randomUUID();
      const expiresAt = new Date(Date.now() + input.expiresInDays * 24 * 3600 * 1000);
      const token = await this.tokens.sign(id, expiresAt);
      const url = `${this.config.portalUrl}/delegation/${encodeURIComponent(token)}`;
      await tx.delegationInvitation.create({ data: { id, delegationId: delegation.id, tokenHash: tokenHash(token), email: input.email, language: input.language, expiresAt, createdById: actor.user.id } });
      if (input.memberQuota !== undefined && input.memberQuota !== null) await tx.delegation.update({ where: { id: delegation.id }, data: { memberQuota: input.memberQuota } });
      if (input.email !== null) {
        const lang = input.language;
        const { edition } = delegation;
        const editionName = text(edition.theme, lang) || `${text(edition.series.name, lang)} ${edition.number}`;
        await this.outbox.record(tx, mailSendJob, {
          kind: 'delegation.invitation',
          locale: lang,
          to: { address: input.email },
          params: {
            editionName,
            seriesName: text(edition.series.name, lang),
            delegationName: this.delegationName(delegation, lang),
            ...(edition.startDate && edition.endDate ? { dates: { start: day(edition.startDate), end: day(edition.endDate) } } : {}),
            invitationUrl: url,
            registrationDeadline: day(expiresAt),
          },
        });
      }
      // The snapshot never holds the token: the link is shown once, to the caller.
      const after = { delegationId: delegation.id, email: input.email, language: input.language, expiresAt: expiresAt.toISOString(), memberQuota: input.memberQuota ?? null };
      return { result: { id, url, expiresAt: expiresAt.toISOString() }, entityId: id, after };
    });
  }

  async revoke(auth: RequestAuth, id: string): Promise<boolean> {
    const invitation = await this.database.prisma.delegationInvitation.findUnique({ where: { id }, select: { id: true, revokedAt: true, delegation: { select: { editionId: true, edition: { select: { seriesId: true } } } } } });
    if (!invitation) throw notFound(`Invitation ${id}`, 'Check the id createDelegationInvitation returned.');
    const scope = { seriesId: invitation.delegation.edition.seriesId, editionId: invitation.delegation.editionId };
    return this.runner.run(auth, { action: 'registration.edit', scope, audit: { action: 'update', entityType: 'DelegationInvitation' } }, async (tx) => {
      const revokedAt = invitation.revokedAt ?? new Date();
      await tx.delegationInvitation.update({ where: { id }, data: { revokedAt } });
      return { result: true, entityId: id, before: { revokedAt: invitation.revokedAt?.toISOString() ?? null }, after: { revokedAt: revokedAt.toISOString() } };
    });
  }

  /** The invitation a token opens, checked against its row: INVITATION_INVALID naming why otherwise. */
  async open(token: string, client: Prisma.TransactionClient = this.database.prisma): Promise<OpenInvitation> {
    const id = await this.tokens.invitationId(token);
    const row = await client.delegationInvitation.findUnique({ where: { id }, select: { id: true, tokenHash: true, expiresAt: true, revokedAt: true, delegation: { select: DELEGATION_SELECT } } });
    if (!row || row.tokenHash !== tokenHash(token)) throw invitationInvalid('unknown');
    if (row.revokedAt !== null) throw invitationInvalid('revoked');
    if (row.expiresAt.getTime() <= Date.now()) throw invitationInvalid('expired');
    return { id: row.id, expiresAt: row.expiresAt, delegation: row.delegation };
  }

  async view(token: string, lang: string): Promise<DelegationInvitationViewModel> {
    const { delegation, expiresAt } = await this.open(token);
    const [members, categories] = await Promise.all([
      this.database.prisma.application.findMany({ where: { delegationId: delegation.id }, select: { reference: true, givenName: true, familyName: true, status: true }, orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] }),
      this.database.prisma.accreditationCategory.findMany({ where: { editionId: delegation.editionId, kind: { in: [...DELEGATION_KINDS] } }, select: { slug: true, kind: true, name: true }, orderBy: [{ position: 'asc' }, { slug: 'asc' }] }),
    ]);
    const counted = new Set<string>(COUNTED_STATUSES);
    const { edition } = delegation;
    return {
      delegationName: this.delegationName(delegation, lang),
      countryCode: delegation.countryCode,
      editionName: text(edition.theme, lang) || `${text(edition.series.name, lang)} ${edition.number}`,
      seriesSlug: edition.series.slug,
      editionNumber: edition.number,
      quota: delegation.memberQuota,
      registeredCount: members.filter((m) => counted.has(m.status)).length,
      expiresAt: expiresAt.toISOString(),
      members: members.map((m) => ({ reference: m.reference, name: `${m.givenName} ${m.familyName}`, status: m.status })),
      categories: categories.map((c) => ({ slug: c.slug, kind: c.kind, name: text(c.name, lang) || c.slug })),
    };
  }
}
