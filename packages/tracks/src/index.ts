// Public API of @caravan/tracks; subpaths (e.g. @caravan/tracks/programme-rules) expose the same modules.
export * from './errors.js';
export * from './taxonomy.js';
export * from './local-time.js';
export * from './programme-rules.js';
