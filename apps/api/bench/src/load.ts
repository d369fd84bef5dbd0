// Drives one target with autocannon at a fixed number of connections for a fixed time and
// reduces the result to the figures the report shows. Any error or non-2xx answer fails the run:
// a server that sheds load would otherwise look fast.
import autocannon from 'autocannon';
import { BenchError } from './bench-error.js';

export interface LoadTarget {
  name: 'api' | 'api-cached' | 'bare';
  url: string;
  method: 'GET' | 'POST';
  headers?: Record<string, string>;
  body?: string;
}

export interface Measurement {
  target: LoadTarget['name'];
  round: number;
  requestsPerSecond: number;
  latencyP50Ms: number;
  latencyP99Ms: number;
  latencyMeanMs: number;
  requests: number;
  /** Connection errors and non-2xx answers (0 unless the run was told to tolerate them). */
  failed: number;
  durationSeconds: number;
}

export async function runLoad(target: LoadTarget, connections: number, durationSeconds: number, round: number, options: { tolerateFailures?: boolean } = {}): Promise<Measurement> {
  const result = await autocannon({
    url: target.url,
    method: target.method,
    connections,
    duration: durationSeconds,
    ...(target.headers ? { headers: target.headers } : {}),
    ...(target.body === undefined ? {} : { body: target.body }),
  });
  if ((result.errors > 0 || result.non2xx > 0) && !options.tolerateFailures) {
    throw new BenchError(
      'LOAD_FAILED',
      `${target.name} answered ${result.non2xx} non-2xx responses and had ${result.errors} connection errors (${result.timeouts} timeouts) ` +
        `in round ${round}; check its log above, lower BENCH_CONNECTIONS, or check PostgreSQL's max_connections.`,
    );
  }
  return {
    target: target.name,
    round,
    requestsPerSecond: result.requests.average,
    latencyP50Ms: result.latency.p50,
    latencyP99Ms: result.latency.p99,
    latencyMeanMs: result.latency.average,
    requests: result['2xx'],
    failed: result.errors + result.non2xx,
    durationSeconds: result.duration,
  };
}
