// Launch mutations and queries: arguments in, LaunchWriter call, models out. validateTheme is a
// read anyone may ask (it stores nothing); drafts are read by the user who saved them.
import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { validateTheme } from '@caravan/themes/validate-theme';
import { themeToCssVariables } from '@caravan/themes';
import { Auth, type RequestAuth } from '../../auth/request-auth.js';
import { requireScope } from '../../auth/policy/require-scope.js';
import { ViewerService } from '../../auth/viewer.service.js';
import { Database } from '@caravan/db';
import { Inject } from '@nestjs/common';
import { DATABASE } from '../../config/config.tokens.js';
import { JSONObjectScalar } from '../../common/graphql/json.scalar.js';
import { CloneEditionInput } from './clone-edition.inputs.js';
import type { LaunchedForum } from './forum-launch.js';
import { LaunchForumInput } from './launch.inputs.js';
import { LaunchWriter, type LaunchDraftRow } from './launch.writer.js';
import { ClonedEditionModel, LaunchDraftModel, LaunchedForumModel, ThemeValidationModel } from './models/launch.models.js';
import type { ClonedEdition } from './clone-edition.js';

@Resolver()
export class LaunchMutations {
  constructor(
    private readonly writer: LaunchWriter,
    private readonly viewers: ViewerService,
    @Inject(DATABASE) private readonly database: Database,
  ) {}

  @Mutation(() => LaunchedForumModel, {
    description:
      'Launches a forum series: the series, its region (stored or new) and countries, languages, theme, focus tracks and first edition, in one transaction with one audit entry. Platform admins only.',
  })
  launchForum(@Auth() auth: RequestAuth, @Args('input', { type: () => LaunchForumInput }) input: LaunchForumInput): Promise<LaunchedForum> {
    return this.writer.launch(auth, input);
  }

  @Query(() => ThemeValidationModel, { description: 'Checks a theme without storing it: every problem (contrast failures name the pair), or its CSS variables for a live preview.' })
  validateTheme(@Args('theme', { type: () => JSONObjectScalar, description: 'A theme in the stored-theme shape of @caravan/themes.' }) theme: Record<string, unknown>): ThemeValidationModel {
    const result = validateTheme(theme);
    if (!result.ok) {
      const problems = result.problems.map((p) => ({
        code: p.code,
        path: p.path,
        message: p.message,
        foreground: p.code === 'LOW_CONTRAST' ? p.pair.foreground : null,
        background: p.code === 'LOW_CONTRAST' ? p.pair.background : null,
      }));
      return { ok: false, problems, cssVariables: null, theme: null };
    }
    return { ok: true, problems: [], cssVariables: themeToCssVariables(result.theme), theme: result.theme as unknown as Record<string, unknown> };
  }

  @Mutation(() => LaunchDraftModel, { description: 'Saves a half-finished launch for the signed-in user: a new draft without id, over an own draft with it. Platform admins only.' })
  saveLaunchDraft(
    @Auth() auth: RequestAuth,
    @Args('id', { type: () => ID, nullable: true, description: 'The draft to save over; leave out to start a new one.' }) id: string | null | undefined,
    @Args('step', { type: () => Int, description: 'The wizard step reached (1–20).' }) step: number,
    @Args('data', { type: () => JSONObjectScalar, description: 'What the wizard holds so far.' }) data: Record<string, unknown>,
  ): Promise<LaunchDraftRow> {
    return this.writer.saveDraft(auth, id, step, data);
  }

  @Query(() => [LaunchDraftModel], { description: "The signed-in user's launch drafts, newest first. Platform admins only." })
  async launchDrafts(@Auth() auth: RequestAuth): Promise<LaunchDraftRow[]> {
    const viewer = requireScope(await this.viewers.viewer(auth), 'series.create', null);
    const rows = await this.database.prisma.launchDraft.findMany({ where: { userId: viewer.user.id }, orderBy: { updatedAt: 'desc' } });
    return rows.map((row) => ({ id: row.id, step: row.step, data: row.data as Record<string, unknown>, updatedAt: row.updatedAt }));
  }

  @Mutation(() => Boolean, { description: "Deletes one of the signed-in user's launch drafts." })
  deleteLaunchDraft(@Auth() auth: RequestAuth, @Args('id', { type: () => ID, description: 'Draft id.' }) id: string): Promise<boolean> {
    return this.writer.deleteDraft(auth, id);
  }

  @Mutation(() => ClonedEditionModel, {
    description: 'Creates an edition from another of the same series: tracks, venues and rooms, registration set-up and categories, optionally the session skeleton, shifted to the new dates. Unpublished. Series admins.',
  })
  cloneEdition(
    @Auth() auth: RequestAuth,
    @Args('series', { description: 'Series slug, e.g. china-central-asia.' }) series: string,
    @Args('fromNumber', { type: () => Int, description: 'Number of the edition to copy.' }) fromNumber: number,
    @Args('input', { type: () => CloneEditionInput }) input: CloneEditionInput,
  ): Promise<ClonedEdition & { seriesSlug: string }> {
    return this.writer.clone(auth, series, fromNumber, input);
  }
}
