// Tenancy by construction: a Prisma client whose every read, update and delete of a record that
// belongs to a series is limited to one series, the way django-scopes limits pretix's querysets to
// one event. Organizer writes run their transaction on it, so a writer that looks a record up by
// slug or id cannot reach another series' drafts even when it forgets to say so: a person of
// another series that is not published is simply not there.
//
// What a series may read: its own records, records shared by the platform (no owner), and other
// series' published people and organizations (public records anyone may point at). What it may
// update or delete: its own records only. Creates are not filtered: the ids they carry come from
// reads, and those are scoped.
import type { Prisma, PrismaClient } from '../generated/prisma/client.js';

type Where = Record<string, unknown>;

interface ModelRule {
  /** Rows of the model this series may read (and point at). */
  read(seriesId: string): Where;
  /** Rows of the model this series may update or delete; the read rule when left out. */
  write?(seriesId: string): Where;
}

const inEdition = (seriesId: string): Where => ({ edition: { seriesId } });

/**
 * Every model that belongs to a series, directly or through its edition or parent. A model not
 * listed here is platform-wide (catalogue, accounts, sessions of sign-in, audit rows, outbox).
 * `series-scoped-client.int-spec.ts` checks that every model with a series or edition column is listed.
 */
export const SERIES_SCOPED_MODELS = {
  Series: { read: (seriesId) => ({ OR: [{ id: seriesId }, { published: true }] }), write: (seriesId) => ({ id: seriesId }) },
  SeriesCountry: { read: (seriesId) => ({ seriesId }) },
  SeriesOrganizer: { read: (seriesId) => ({ seriesId }) },
  Edition: { read: (seriesId) => ({ seriesId }) },
  EditionOrganizer: { read: inEdition },
  EditionDocument: { read: inEdition },
  Venue: { read: inEdition },
  Room: { read: (seriesId) => ({ venue: inEdition(seriesId) }) },
  Track: { read: inEdition },
  Session: { read: inEdition },
  SessionParticipant: { read: (seriesId) => ({ session: inEdition(seriesId) }) },
  Delegation: { read: inEdition },
  DelegationMember: { read: (seriesId) => ({ delegation: inEdition(seriesId) }) },
  Statement: { read: inEdition },
  Agreement: { read: inEdition },
  AgreementParty: { read: (seriesId) => ({ agreement: inEdition(seriesId) }) },
  AgreementMilestone: { read: (seriesId) => ({ agreement: inEdition(seriesId) }) },
  Person: { read: (seriesId) => ({ OR: [{ seriesId }, { seriesId: null }, { published: true }] }), write: (seriesId) => ({ seriesId }) },
  // Organizations have no drafts: any series may point at any of them, and edit only its own.
  Organization: { read: () => ({}), write: (seriesId) => ({ seriesId }) },
  Indicator: { read: (seriesId) => ({ OR: [{ seriesId }, { seriesId: null }] }), write: (seriesId) => ({ seriesId }) },
  IndicatorValue: { read: (seriesId) => ({ indicator: { OR: [{ seriesId }, { seriesId: null }] } }), write: (seriesId) => ({ indicator: { seriesId } }) },
  RoleGrant: { read: (seriesId) => ({ seriesId }) },
  RegistrationSetup: { read: inEdition },
  AccreditationCategory: { read: inEdition },
  Application: { read: inEdition },
  EditionSigningKey: { read: inEdition },
  Badge: { read: inEdition },
  BadgeRenderRun: { read: inEdition },
  CheckInScan: { read: inEdition },
  DelegationInvitation: { read: (seriesId) => ({ delegation: inEdition(seriesId) }) },
} satisfies Partial<Record<Prisma.ModelName, ModelRule>>;

const READS = new Set(['findUnique', 'findUniqueOrThrow', 'findFirst', 'findFirstOrThrow', 'findMany', 'count', 'aggregate', 'groupBy']);
const WRITES = new Set(['update', 'updateMany', 'updateManyAndReturn', 'delete', 'deleteMany', 'upsert']);

/** The caller's where, narrowed by the rule; unique fields stay at the top, as findUnique and update need. */
function narrowed(where: Where | undefined, rule: Where): Where {
  if (Object.keys(rule).length === 0) return where ?? {};
  const existing = where?.['AND'];
  const and = existing === undefined ? [] : Array.isArray(existing) ? existing : [existing];
  return { ...(where ?? {}), AND: [...and, rule] };
}

function scopeArgs(model: string | undefined, operation: string, args: unknown, seriesId: string): unknown {
  const rule: ModelRule | undefined = model ? (SERIES_SCOPED_MODELS as Record<string, ModelRule>)[model] : undefined;
  if (!rule) return args;
  const kind = READS.has(operation) ? 'read' : WRITES.has(operation) ? 'write' : null;
  if (kind === null) return args;
  const condition = kind === 'write' && rule.write ? rule.write(seriesId) : rule.read(seriesId);
  const given = (args ?? {}) as { where?: Where };
  return { ...given, where: narrowed(given.where, condition) };
}

function extend(prisma: PrismaClient, seriesId: string): PrismaClient {
  const scoped = prisma.$extends({
    name: `series-scope:${seriesId}`,
    query: {
      $allModels: {
        $allOperations({ model, operation, args, query }) {
          return query(scopeArgs(model, operation, args, seriesId) as typeof args);
        },
      },
    },
  });
  // A query extension adds no methods and changes no result types: the scoped client is used
  // exactly like the plain one (its transactions hand out scoped transaction clients).
  return scoped as unknown as PrismaClient;
}

const cache = new WeakMap<PrismaClient, Map<string, PrismaClient>>();

/** The client of one series (one per client and series, made once). */
export function seriesScopedClient(prisma: PrismaClient, seriesId: string): PrismaClient {
  let perSeries = cache.get(prisma);
  if (!perSeries) cache.set(prisma, (perSeries = new Map()));
  let client = perSeries.get(seriesId);
  if (!client) perSeries.set(seriesId, (client = extend(prisma, seriesId)));
  return client;
}
