// Injection tokens of the worker.
export const WORKER_CONFIG = Symbol('WORKER_CONFIG');
export const DATABASE = Symbol('DATABASE');
export const LOGGER = Symbol('LOGGER');
export const JOB_SERVICES = Symbol('JOB_SERVICES');
/** The job definitions the worker runs (the registry of @caravan/jobs). */
export const JOB_DEFINITIONS = Symbol('JOB_DEFINITIONS');
