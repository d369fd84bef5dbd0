// Parses a process's environment with its zod schema, once at boot. A bad or missing variable
// stops the process with one message naming every such variable and echoing its value (never
// a secret's value, nor a URL's password: see redact.ts), so an operator fixes them all in one
// go instead of discovering them one request at a time.
import type { z } from 'zod';
import { describeValue } from './redact.js';

export type ConfigErrorCode = 'CONFIG_INVALID' | 'REDIS_UNREACHABLE';

export class ConfigError extends Error {
  override readonly name = 'ConfigError';

  constructor(
    readonly code: ConfigErrorCode,
    message: string,
    /** The variables at fault. */
    readonly variables: readonly string[] = [],
  ) {
    super(message);
  }
}

export type EnvSource = Readonly<Record<string, string | undefined>>;

/** The schema's output, or ConfigError naming each bad variable ("PORT must be 1–65535 (got "eighty")"). */
export function parseEnv<S extends z.ZodObject>(schema: S, source: EnvSource): z.output<S> {
  const result = schema.safeParse(source);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => {
    const name = String(issue.path[0] ?? 'environment');
    const raw = source[name];
    return { name, text: `${name} ${issue.message}${raw === undefined ? '' : ` (got ${describeValue(name, raw)})`}` };
  });
  throw new ConfigError(
    'CONFIG_INVALID',
    `Invalid configuration: ${problems.map((p) => p.text).join('; ')}. Fix the variable and restart.`,
    [...new Set(problems.map((p) => p.name))],
  );
}

/** The variables a schema reads, for docs and tests. */
export function variablesOf(schema: z.ZodObject): string[] {
  return Object.keys(schema.shape);
}
