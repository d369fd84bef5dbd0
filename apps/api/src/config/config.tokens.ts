// Injection tokens for boot-time values shared by every module.
export const API_CONFIG = Symbol('API_CONFIG');
export const DATABASE = Symbol('DATABASE');
export const LOGGER = Symbol('LOGGER');
export const JOB_MODE = Symbol('JOB_MODE');
/** The mail relay and object storage (@caravan/jobs' JobServices), built once from the config. */
export const JOB_SERVICES = Symbol('JOB_SERVICES');
