// The whole demo data set, in dependency order. The seed only creates what is missing: it runs
// on every start of the local stack, so a record an organizer changed, unpublished, deleted or
// revoked must stay that way. The demo forum (its series, edition, people and agreements) is
// created in one transaction, only when its series does not exist yet; the other series and
// the demo accounts are each created when missing and never touched again.
import type { PrismaClient } from '../generated/prisma/client.js';
import { DbError } from '../errors.js';
import { ensureAgreement } from './agreements.seed.js';
import { seedCatalogue } from './catalogue.seed.js';
import { demoAgreements, sisterAgreements } from './data/cca-agreements.data.js';
import { edition11, sessions11, tracks11, venue11 } from './data/cca-edition-11.data.js';
import { edition12, registration12 } from './data/cca-edition-12.data.js';
import { indicators } from './data/indicators.data.js';
import { organizations } from './data/organizations.data.js';
import { delegations, people, statements } from './data/people.data.js';
import { chinaCaucasus, chinaCentralAsia } from './data/series.data.js';
import { users } from './data/users.data.js';
import { ensureDelegation, ensureStatement } from './delegations.seed.js';
import { ensureEdition, ensureTracks, ensureVenue } from './edition.seed.js';
import { ensureIndicator } from './indicators.seed.js';
import { ensureRegistration } from './registration.seed.js';
import { assignSeriesOwner, ensureOrganization, ensurePerson } from './people.seed.js';
import { ensureSession } from './programme.seed.js';
import type { SeedClient } from './seed-client.js';
import { ensureSeries } from './series.seed.js';
import { ensureUser } from './users.seed.js';

export interface SeedDemoOptions {
  /** The process's NODE_ENV; under 'production' the seed refuses to run. */
  nodeEnv?: string | undefined;
}

/** Any number, the same in every process: two seeds at once wait for each other. */
const SEED_LOCK = 0x63617261;

async function seedDemoForum(tx: SeedClient): Promise<void> {
  if (await tx.series.findUnique({ where: { slug: chinaCentralAsia.slug } })) return;
  for (const organization of organizations) await ensureOrganization(tx, organization);
  for (const person of people) await ensurePerson(tx, person);
  const cca = await ensureSeries(tx, chinaCentralAsia);
  // The demo people and organizations come from the China–Central Asia forum: its organizers edit them.
  await assignSeriesOwner(tx, { seriesId: cca.id }, {
    organizations: organizations.map((organization) => organization.slug),
    people: people.map((person) => person.slug),
  });
  const edition = await ensureEdition(tx, cca.id, edition11);
  const rooms = await ensureVenue(tx, edition.id, venue11);
  await ensureTracks(tx, edition.id, tracks11);
  for (const session of sessions11) await ensureSession(tx, edition, rooms, session);
  for (const delegation of delegations) await ensureDelegation(tx, edition.id, delegation);
  for (const statement of statements) await ensureStatement(tx, edition.id, statement);
  for (const agreement of [...sisterAgreements, ...demoAgreements]) await ensureAgreement(tx, edition.id, agreement);
  for (const indicator of indicators(cca.id)) await ensureIndicator(tx, indicator);
  // The upcoming edition, open for registration: invented, and flagged so.
  const upcoming = await ensureEdition(tx, cca.id, edition12);
  await tx.edition.update({ where: { id: upcoming.id }, data: { isDemo: true } });
  await ensureRegistration(tx, upcoming, registration12);
}

/** Throws SEED_REFUSED under NODE_ENV=production: demo accounts must never exist there. */
export function assertSeedAllowed(nodeEnv: string | undefined): void {
  if (nodeEnv !== 'production') return;
  throw new DbError(
    'SEED_REFUSED',
    'the demo data set is not seeded under NODE_ENV=production: it creates demo accounts whose passwords are published, ' +
      'and those must never exist on a deployment. Run the seed only for a local demo, without NODE_ENV=production.',
  );
}

export async function seedDemo(prisma: PrismaClient, options: SeedDemoOptions = {}): Promise<void> {
  assertSeedAllowed(options.nodeEnv);
  await prisma.$transaction(
    async (tx) => {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(${SEED_LOCK})`;
      await seedCatalogue(tx);
      await seedDemoForum(tx);
      await ensureSeries(tx, chinaCaucasus);
      for (const user of users) await ensureUser(tx, user);
    },
    // The first run writes the whole forum and hashes three passwords.
    { maxWait: 60_000, timeout: 300_000 },
  );
}

/** Row counts of the tables the seed fills, for the CLI's report and the tests. */
export async function seedCounts(prisma: PrismaClient): Promise<Record<string, number>> {
  const [languages, regions, countries, subnationalUnits, organizations, people, series, editions, sessions, delegations, statements, agreements, indicators, users, accreditationCategories] =
    await Promise.all([
      prisma.language.count(),
      prisma.region.count(),
      prisma.country.count(),
      prisma.subnationalUnit.count(),
      prisma.organization.count(),
      prisma.person.count(),
      prisma.series.count(),
      prisma.edition.count(),
      prisma.session.count(),
      prisma.delegation.count(),
      prisma.statement.count(),
      prisma.agreement.count(),
      prisma.indicator.count(),
      prisma.user.count(),
      prisma.accreditationCategory.count(),
    ]);
  return { languages, regions, countries, subnationalUnits, organizations, people, series, editions, sessions, delegations, statements, agreements, indicators, users, accreditationCategories };
}
