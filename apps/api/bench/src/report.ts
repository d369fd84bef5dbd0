// Turns the measurements into bench/results/programme.{json,md} and a console summary.
import { mkdir, writeFile } from 'node:fs/promises';
import { availableParallelism, cpus } from 'node:os';
import { join } from 'node:path';
import type { BenchConfig } from './bench-config.js';
import type { Measurement } from './load.js';
import type { SeededProgramme } from './seed-programme.js';

export interface TargetSummary {
  /** Mean over the rounds of autocannon's average requests per second. */
  requestsPerSecond: number;
  /** Mean over the rounds. */
  latencyP50Ms: number;
  /** Worst round. */
  latencyP99Ms: number;
  requests: number;
}

export interface BenchReport {
  benchmark: 'edition-programme';
  date: string;
  machine: MachineInfo;
  data: SeededProgramme & { responseBytes: { api: number; bare: number }; statementsPerRequest: number };
  load: { tool: string; connections: number; durationSeconds: number; warmupSeconds: number; rounds: number; order: string };
  rounds: Measurement[];
  api: TargetSummary;
  cached: TargetSummary;
  bare: TargetSummary;
  ratio: { apiOverBareThroughput: number; target: number; met: boolean };
  /** The api answering from its public-answer cache, against the same bare baseline. */
  cachedRatio: { cachedOverBareThroughput: number; target: number; met: boolean };
}

/** Target of the cached programme query: at least the bare baseline's throughput. */
const CACHED_TARGET = 1;

export const mean = (values: readonly number[]): number => values.reduce((sum, value) => sum + value, 0) / Math.max(values.length, 1);
export const round2 = (value: number): number => Math.round(value * 100) / 100;

export function summarize(measurements: readonly Measurement[], target: Measurement['target']): TargetSummary {
  const own = measurements.filter((m) => m.target === target);
  return {
    requestsPerSecond: round2(mean(own.map((m) => m.requestsPerSecond))),
    latencyP50Ms: round2(mean(own.map((m) => m.latencyP50Ms))),
    latencyP99Ms: round2(Math.max(...own.map((m) => m.latencyP99Ms))),
    requests: own.reduce((sum, m) => sum + m.requests, 0),
  };
}

export interface MachineInfo {
  nproc: number;
  cpu: string;
  node: string;
  platform: string;
  postgres: string;
}

export function machineInfo(postgres: string): MachineInfo {
  return { nproc: availableParallelism(), cpu: cpus()[0]?.model ?? 'unknown', node: process.version, platform: `${process.platform} ${process.arch}`, postgres };
}

export function buildReport(input: {
  config: BenchConfig;
  seeded: SeededProgramme;
  responseBytes: { api: number; bare: number };
  statementsPerRequest: number;
  postgres: string;
  autocannonVersion: string;
  measurements: Measurement[];
}): BenchReport {
  const api = summarize(input.measurements, 'api');
  const cached = summarize(input.measurements, 'api-cached');
  const bare = summarize(input.measurements, 'bare');
  const ratio = round2(api.requestsPerSecond / bare.requestsPerSecond);
  const cachedRatio = round2(cached.requestsPerSecond / bare.requestsPerSecond);
  return {
    benchmark: 'edition-programme',
    date: new Date().toISOString(),
    machine: machineInfo(input.postgres),
    data: { ...input.seeded, responseBytes: input.responseBytes, statementsPerRequest: input.statementsPerRequest },
    load: {
      tool: `autocannon ${input.autocannonVersion}`,
      connections: input.config.connections,
      durationSeconds: input.config.durationSeconds,
      warmupSeconds: input.config.warmupSeconds,
      rounds: input.config.rounds,
      order: 'warm-up api, api-cached and bare, then api, api-cached, bare in turn per round',
    },
    rounds: input.measurements.map((m) => ({ ...m, requestsPerSecond: round2(m.requestsPerSecond), latencyMeanMs: round2(m.latencyMeanMs) })),
    api,
    cached,
    bare,
    ratio: { apiOverBareThroughput: ratio, target: input.config.targetRatio, met: ratio >= input.config.targetRatio },
    cachedRatio: { cachedOverBareThroughput: cachedRatio, target: CACHED_TARGET, met: cachedRatio >= CACHED_TARGET },
  };
}

export function renderMarkdown(report: BenchReport): string {
  const row = (name: string, s: TargetSummary): string =>
    `| ${name} | ${s.requestsPerSecond} | ${s.latencyP50Ms} | ${s.latencyP99Ms} | ${s.requests} |`;
  const roundRows = report.rounds.map(
    (m) => `| ${m.round} | ${m.target} | ${m.requestsPerSecond} | ${m.latencyP50Ms} | ${m.latencyP99Ms} | ${m.requests} |`,
  );
  return [
    '# Edition programme: api against a bare Fastify + pg handler',
    '',
    `Run ${report.date} on ${report.machine.nproc} CPUs (${report.machine.cpu}), Node ${report.machine.node}, ${report.machine.postgres}.`,
    '',
    `Data: one edition with ${report.data.sessions} published sessions over ${report.data.days} days, ${report.data.rooms} rooms, ` +
      `${report.data.tracks} tracks, ${report.data.speakers} speaker appearances of ${report.data.people} people from ` +
      `${report.data.organizations} organizations. Response: ${report.data.responseBytes.api} bytes (api), ` +
      `${report.data.responseBytes.bare} bytes (bare), the same JSON; ${report.data.statementsPerRequest} SQL statements per request on both.`,
    '',
    `Load: ${report.load.tool}, ${report.load.connections} connections, ${report.load.warmupSeconds} s warm-up per target, ` +
      `then ${report.load.rounds} rounds of ${report.load.durationSeconds} s per target (${report.load.order}).`,
    '',
    '| target | requests/s (mean of rounds) | p50 ms (mean) | p99 ms (worst round) | requests |',
    '|---|---|---|---|---|',
    row('api (Nest + Mercurius + Prisma)', report.api),
    row('api, public-answer cache on (Redis)', report.cached),
    row('bare (Fastify + pg)', report.bare),
    '',
    `**Throughput ratio api/bare: ${report.ratio.apiOverBareThroughput}** (target ≥ ${report.ratio.target}: ${report.ratio.met ? 'met' : 'NOT met'}).`,
    '',
    `**Throughput ratio cached api/bare: ${report.cachedRatio.cachedOverBareThroughput}** (target ≥ ${report.cachedRatio.target}: ${report.cachedRatio.met ? 'met' : 'NOT met'}).`,
    '',
    '| round | target | requests/s | p50 ms | p99 ms | requests |',
    '|---|---|---|---|---|---|',
    ...roundRows,
    '',
  ].join('\n');
}

export async function writeReport(dir: string, report: BenchReport): Promise<{ json: string; markdown: string }> {
  await mkdir(dir, { recursive: true });
  const json = join(dir, 'programme.json');
  const markdown = join(dir, 'programme.md');
  await writeFile(json, `${JSON.stringify(report, null, 2)}\n`);
  await writeFile(markdown, renderMarkdown(report));
  return { json, markdown };
}
