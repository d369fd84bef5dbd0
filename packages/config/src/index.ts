// @caravan/config: the environment fragments shared by the api and the worker (also at
// '@caravan/config/env'); the tsconfig and Jest presets are files at the package root.
export * from './env/index.js';
