// Public API of @caravan/forums/registration: accreditation categories, the registration form as
// data, submission schemas with localisable problems, the application lifecycle, quota rules
// and the delegation CSV import.
export * from './registration-errors.js';
export * from './registration-problems.js';
export * from './registration-form.js';
export * from './accreditation-categories.js';
export * from './registration-schema.js';
export * from './application-lifecycle.js';
export * from './accreditation-quotas.js';
export * from './delegation-import.js';
