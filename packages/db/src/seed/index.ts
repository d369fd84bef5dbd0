// Seed builders ('@caravan/db/seed/index'): the demo data set and the upserts it is made of,
// which tests reuse as fixtures.
export { seedDemo, seedCounts } from './seed-demo.js';
export { seedCatalogue } from './catalogue.seed.js';
export { assignSeriesOwner, upsertOrganization, upsertPerson, type RecordOwner } from './people.seed.js';
export { upsertSeries, type SeriesSeed } from './series.seed.js';
export { upsertEdition, upsertTracks, upsertVenue, type EditionSeed, type TrackSeed, type VenueSeed } from './edition.seed.js';
export { upsertSession, type SessionSeed } from './programme.seed.js';
export { upsertDelegation, upsertStatement, type DelegationSeed, type StatementSeed } from './delegations.seed.js';
export { upsertAgreement, type AgreementSeed } from './agreements.seed.js';
export { upsertIndicator, type IndicatorSeed } from './indicators.seed.js';
export { upsertUser, type UserSeed } from './users.seed.js';
