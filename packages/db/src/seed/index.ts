// Seed builders ('@caravan/db/seed'): the demo data set and the record builders it is made of.
// Each builder takes plain data, validates it with the domain schema of @caravan/forums and
// upserts it on its natural key; the api's test fixtures build their records with the same ones.
export { seedDemo, seedCounts } from './seed-demo.js';
export { seedCatalogue } from './catalogue.seed.js';
export { assignSeriesOwner, upsertOrganization, upsertPerson, type RecordOwner } from './people.seed.js';
export { upsertSeries, type SeriesSeed } from './series.seed.js';
export { upsertEdition, upsertRoom, upsertTracks, upsertVenue, type EditionSeed, type RoomSeed, type TrackSeed, type VenueSeed } from './edition.seed.js';
export { upsertSession, type SessionSeed } from './programme.seed.js';
export { upsertDelegation, upsertStatement, type DelegationSeed, type StatementSeed } from './delegations.seed.js';
export { upsertAgreement, type AgreementSeed } from './agreements.seed.js';
export { upsertIndicator, type IndicatorSeed } from './indicators.seed.js';
export { upsertUser, type UserSeed } from './users.seed.js';
export { users as DEMO_USERS } from './data/users.data.js';
