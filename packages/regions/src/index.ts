// Public API of @caravan/regions; subpaths (e.g. @caravan/regions/countries) expose the same modules.
export * from './errors.js';
export * from './language-tag.js';
export * from './localized-text.js';
export * from './languages.js';
export * from './language-negotiation.js';
export * from './countries.js';
export * from './regions.js';
export * from './subnational-units.js';
export * from './time-zones.js';
export * from './world-countries.js';
export * from './region-definition.js';
