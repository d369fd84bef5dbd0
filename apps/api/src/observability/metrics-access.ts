// Who may read /metrics: with METRICS_TOKEN set, whoever sends it as a bearer token; without one,
// anyone outside production and nobody in production (the endpoint is off), so metrics are never
// public by accident.
import { timingSafeEqual } from 'node:crypto';

export type MetricsAccess = 'allow' | 'unauthorized' | 'off';

export function metricsAccess(nodeEnv: string, token: string | undefined, authorization: string | undefined): MetricsAccess {
  if (token === undefined) return nodeEnv === 'production' ? 'off' : 'allow';
  const given = /^Bearer (.+)$/.exec(authorization ?? '')?.[1] ?? '';
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b) ? 'allow' : 'unauthorized';
}
