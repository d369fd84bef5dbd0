// Injection tokens for boot-time values shared by every module.
export const API_CONFIG = Symbol('API_CONFIG');
export const DATABASE = Symbol('DATABASE');
export const LOGGER = Symbol('LOGGER');
export const JOB_MODE = Symbol('JOB_MODE');
