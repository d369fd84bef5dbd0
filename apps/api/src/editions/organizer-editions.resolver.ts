// organizerEditions: every edition of a series, drafts included, for the console's dashboard. Any
// organizer of the series may read it (a grant of any role in it, for the series or one of its
// editions, or a platform admin); visitors get the published editions through Series.editions.
import { Inject } from '@nestjs/common';
import { Args, Query, Resolver } from '@nestjs/graphql';
import type { Database } from '@caravan/db';
import { textColumn } from '@caravan/db/read-models';
import { forbidden } from '../auth/auth.errors.js';
import { requireSignedIn } from '../auth/policy/require-scope.js';
import { Auth, type RequestAuth } from '../auth/request-auth.js';
import { ViewerService } from '../auth/viewer.service.js';
import { notFound } from '../common/errors/app-error.js';
import { parseInput } from '../common/errors/parse-input.js';
import { LANG_ARG } from '../common/graphql/resolver-helpers.js';
import { localize } from '../common/localized/localize.js';
import { DATABASE } from '../config/config.tokens.js';
import { ZEditionRef } from './editions.service.js';
import { OrganizerEditionModel } from './models/organizer-edition.model.js';

const day = (value: Date | null): string | null => (value === null ? null : value.toISOString().slice(0, 10));

@Resolver(() => OrganizerEditionModel)
export class OrganizerEditionsResolver {
  constructor(
    @Inject(DATABASE) private readonly database: Database,
    private readonly viewers: ViewerService,
  ) {}

  @Query(() => [OrganizerEditionModel], { description: 'Every edition of the series, newest first, drafts included. Organizers of that series (any role in it) only.' })
  async organizerEditions(
    @Auth() auth: RequestAuth,
    @Args('series', { description: 'Series slug, e.g. china-central-asia.' }) series: string,
    @Args(LANG_ARG) lang?: string,
  ): Promise<OrganizerEditionModel[]> {
    const viewer = requireSignedIn(await this.viewers.viewer(auth), 'read the editions of a series');
    const { series: slug } = parseInput(ZEditionRef.pick({ series: true }), { series });
    const found = await this.database.prisma.series.findUnique({ where: { slug }, select: { id: true } });
    if (!found) throw notFound(`Series "${slug}"`, 'Check the slug.');
    const organizes = viewer.user.isPlatformAdmin || viewer.grants.some((grant) => grant.seriesId === found.id);
    if (!organizes) throw forbidden('read the editions of this series');
    const rows = await this.database.prisma.edition.findMany({ where: { seriesId: found.id }, orderBy: { number: 'desc' } });
    const language = lang ?? 'en';
    return rows.map((row) => ({
      id: row.id,
      number: row.number,
      status: row.status,
      published: row.published,
      startDate: day(row.startDate),
      endDate: day(row.endDate),
      theme: localize(textColumn(row.theme, `Edition ${row.number} theme`), language).text,
      hostCity: localize(textColumn(row.hostCity, `Edition ${row.number} hostCity`), language).text,
    }));
  }
}
