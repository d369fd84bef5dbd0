// Public API of @caravan/forums; subpaths (e.g. @caravan/forums/edition-lifecycle) expose the same modules.
export * from './errors.js';
export * from './state-machine.js';
export * from './edition-lifecycle.js';
export * from './agreement-lifecycle.js';
export * from './schemas.js';
export * from './issues.js';
export * from './theme-choice.js';
export * from './launch.js';
