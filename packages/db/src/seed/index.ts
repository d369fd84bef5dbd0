// Seed builders ('@caravan/db/seed'): the demo data set and the record builders it is made of.
// Each builder takes plain data, validates it with the domain schema of @caravan/forums and
// creates it unless its natural key is taken (an existing record is returned untouched); the
// api's test fixtures build their records with the same ones.
export { seedDemo, seedCounts, type SeedDemoOptions } from './seed-demo.js';
export { seedCatalogue } from './catalogue.seed.js';
export { assignSeriesOwner, ensureOrganization, ensurePerson, type RecordOwner } from './people.seed.js';
export { ensureSeries, type SeriesSeed } from './series.seed.js';
export { ensureEdition, ensureRoom, ensureTracks, ensureVenue, type EditionSeed, type RoomSeed, type TrackSeed, type VenueSeed } from './edition.seed.js';
export { ensureSession, type SessionSeed } from './programme.seed.js';
export { ensureDelegation, ensureStatement, type DelegationSeed, type StatementSeed } from './delegations.seed.js';
export { ensureAgreement, type AgreementSeed } from './agreements.seed.js';
export { ensureIndicator, type IndicatorSeed } from './indicators.seed.js';
export { ensureRegistration, type CategoryChange, type RegistrationSeed } from './registration.seed.js';
export { ensureUser, type UserSeed } from './users.seed.js';
export { users as DEMO_USERS } from './data/users.data.js';
