// '@caravan/config/env': shared environment fragments, the parser that names bad variables, and
// the reader of the operations guide's variables table.
export { blankAsUnset, DEFAULT_REDIS_URL, env, LOG_LEVELS, NODE_ENVS, postgresUrl, redisUrl, variable, wholeNumber, type LogLevel, type NodeEnv } from './fragments.js';
export { parseTrustProxy, trustProxy, TRUST_PROXY_HELP, type TrustProxy } from './trust-proxy.js';
export { ConfigError, parseEnv, variablesOf, type ConfigErrorCode, type EnvSource } from './parse-env.js';
export { describeValue, isSecretVariable, redactedErrorSerializers, redactForLog, redactSecrets, redactUrl, REDACTED } from './redact.js';
export { Secret } from './secret.js';
export { documentedVariables, variablesDocumentedFor, type DocumentedVariable } from './documented-variables.js';
