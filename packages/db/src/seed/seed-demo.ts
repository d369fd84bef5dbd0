// The whole demo data set, in dependency order. Every step upserts on natural keys, so running
// it again changes nothing.
import type { PrismaClient } from '../generated/prisma/client.js';
import { upsertAgreement } from './agreements.seed.js';
import { seedCatalogue } from './catalogue.seed.js';
import { demoAgreements, sisterAgreements } from './data/cca-agreements.data.js';
import { edition11, sessions11, tracks11, venue11 } from './data/cca-edition-11.data.js';
import { indicators } from './data/indicators.data.js';
import { organizations } from './data/organizations.data.js';
import { delegations, people, statements } from './data/people.data.js';
import { chinaCaucasus, chinaCentralAsia } from './data/series.data.js';
import { users } from './data/users.data.js';
import { upsertDelegation, upsertStatement } from './delegations.seed.js';
import { upsertEdition, upsertTracks, upsertVenue } from './edition.seed.js';
import { upsertIndicator } from './indicators.seed.js';
import { assignSeriesOwner, upsertOrganization, upsertPerson } from './people.seed.js';
import { upsertSession } from './programme.seed.js';
import { upsertSeries } from './series.seed.js';
import { upsertUser } from './users.seed.js';

export async function seedDemo(prisma: PrismaClient): Promise<void> {
  await seedCatalogue(prisma);
  for (const organization of organizations) await upsertOrganization(prisma, organization);
  for (const person of people) await upsertPerson(prisma, person);

  const cca = await upsertSeries(prisma, chinaCentralAsia);
  await upsertSeries(prisma, chinaCaucasus);
  // The demo people and organizations come from the China–Central Asia forum: its organizers edit them.
  await assignSeriesOwner(prisma, { seriesId: cca.id }, {
    organizations: organizations.map((organization) => organization.slug),
    people: people.map((person) => person.slug),
  });

  const edition = await upsertEdition(prisma, cca.id, edition11);
  const rooms = await upsertVenue(prisma, edition.id, venue11);
  await upsertTracks(prisma, edition.id, tracks11);
  for (const session of sessions11) await upsertSession(prisma, edition, rooms, session);
  for (const delegation of delegations) await upsertDelegation(prisma, edition.id, delegation);
  for (const statement of statements) await upsertStatement(prisma, edition.id, statement);
  for (const agreement of [...sisterAgreements, ...demoAgreements]) await upsertAgreement(prisma, edition.id, agreement);
  for (const indicator of indicators(cca.id)) await upsertIndicator(prisma, indicator);

  for (const user of users) await upsertUser(prisma, user);
}

/** Row counts of the tables the seed fills, for the CLI's report and the tests. */
export async function seedCounts(prisma: PrismaClient): Promise<Record<string, number>> {
  const [languages, regions, countries, subnationalUnits, organizations, people, series, editions, sessions, delegations, statements, agreements, indicators, users] =
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
    ]);
  return { languages, regions, countries, subnationalUnits, organizations, people, series, editions, sessions, delegations, statements, agreements, indicators, users };
}
