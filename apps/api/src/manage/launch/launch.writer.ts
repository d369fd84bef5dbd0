// Rules of the launch mutations. launchForum is a platform decision (series.create) and runs the
// plan and write of forum-launch.ts in one transaction with one audit row; drafts belong to the
// user who saved them; cloneEdition copies an edition's set-up to new dates (clone-edition.ts).
import { Inject, Injectable } from '@nestjs/common';
import { ZCloneEditionInput, ZLaunchDraft } from '@caravan/forums';
import type { RequestAuth } from '../../auth/request-auth.js';
import { API_CONFIG } from '../../config/config.tokens.js';
import type { ApiConfig } from '../../config/env.js';
import { notFound } from '../../common/errors/app-error.js';
import { parseInput } from '../../common/errors/parse-input.js';
import { auditJson } from '../../common/write/audit-snapshot.js';
import { fromGraphQL, objectOf } from '../../common/write/input-type.js';
import { MutationRunner } from '../../common/write/mutation-runner.js';
import { ScopeResolver } from '../../common/write/scope-resolver.js';
import { themeChoiceOf } from '../series/series-theme.js';
import { cloneEdition, type ClonedEdition } from './clone-edition.js';
import type { CloneEditionInput } from './clone-edition.inputs.js';
import { LAUNCH_AUDIT, planLaunch, writeLaunch, type LaunchedForum } from './forum-launch.js';
import type { LaunchForumInput } from './launch.inputs.js';
import { ZLaunchForumInput } from '@caravan/forums';

/** The platform action every launch mutation needs: launching is creating a series. */
const LAUNCH_ACTION = 'series.create' as const;

export interface LaunchDraftRow {
  id: string;
  step: number;
  data: Record<string, unknown>;
  updatedAt: Date;
}

const draftOf = (row: { id: string; step: number; data: unknown; updatedAt: Date }): LaunchDraftRow => ({ ...row, data: row.data as Record<string, unknown> });

@Injectable()
export class LaunchWriter {
  constructor(
    private readonly runner: MutationRunner,
    private readonly scopes: ScopeResolver,
    @Inject(API_CONFIG) private readonly config: ApiConfig,
  ) {}

  launch(auth: RequestAuth, input: LaunchForumInput): Promise<LaunchedForum> {
    return this.runner.run(auth, { action: LAUNCH_ACTION, scope: null, audit: LAUNCH_AUDIT }, async (tx) => {
      const raw = { ...fromGraphQL(objectOf(ZLaunchForumInput), input), theme: themeChoiceOf(input.theme as never) };
      return writeLaunch(tx, planLaunch(raw), this.config.portalUrl);
    });
  }

  saveDraft(auth: RequestAuth, id: string | null | undefined, step: number, data: unknown): Promise<LaunchDraftRow> {
    return this.runner.run(auth, { action: LAUNCH_ACTION, scope: null, audit: { action: id ? 'update' : 'create', entityType: 'LaunchDraft' } }, async (tx, actor) => {
      const draft = parseInput(ZLaunchDraft, { step, data });
      if (id) {
        const current = await tx.launchDraft.findFirst({ where: { id, userId: actor.user.id } });
        if (!current) throw notFound(`Launch draft ${id}`, 'launchDrafts lists your drafts; leave out id to start a new one.');
        const row = await tx.launchDraft.update({ where: { id }, data: { step: draft.step, data: draft.data as object } });
        return { result: draftOf(row), entityId: row.id, before: auditJson({ step: current.step }), after: auditJson({ step: row.step }) };
      }
      const row = await tx.launchDraft.create({ data: { userId: actor.user.id, step: draft.step, data: draft.data as object } });
      return { result: draftOf(row), entityId: row.id, after: auditJson({ step: row.step }) };
    });
  }

  deleteDraft(auth: RequestAuth, id: string): Promise<boolean> {
    return this.runner.run(auth, { action: LAUNCH_ACTION, scope: null, audit: { action: 'delete', entityType: 'LaunchDraft' } }, async (tx, actor) => {
      const current = await tx.launchDraft.findFirst({ where: { id, userId: actor.user.id } });
      if (!current) throw notFound(`Launch draft ${id}`, 'launchDrafts lists your drafts.');
      await tx.launchDraft.delete({ where: { id } });
      return { result: true, entityId: id, before: auditJson({ step: current.step }) };
    });
  }

  async clone(auth: RequestAuth, seriesSlug: string, fromNumber: number, input: CloneEditionInput): Promise<ClonedEdition & { seriesSlug: string }> {
    const scope = await this.scopes.edition(seriesSlug, fromNumber);
    const spec = { action: 'edition.create', scope: { seriesId: scope.seriesId }, audit: { action: 'create', entityType: 'Edition' } } as const;
    return this.runner.run(auth, spec, async (tx) => {
      const parsed = parseInput(ZCloneEditionInput, fromGraphQL(objectOf(ZCloneEditionInput), input));
      const cloned = await cloneEdition(tx, scope.editionId, parsed);
      return { result: { ...cloned, seriesSlug }, entityId: cloned.editionId, after: auditJson({ fromNumber, ...parsed, ...cloned }), auditScope: { seriesId: scope.seriesId, editionId: cloned.editionId } };
    });
  }
}
