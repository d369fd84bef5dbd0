// Turns the database-targets measurements into bench/results/database-targets.{json,md}.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { BenchConfig } from './bench-config.js';
import { type DatabaseTarget } from './bench-databases.js';
import type { Measurement } from './load.js';
import { machineInfo, round2, type MachineInfo } from './report.js';
import type { WrittenRows } from './written-rows.js';

export interface TargetResult {
  target: DatabaseTarget;
  label: string;
  version: string;
  reads: { requestsPerSecond: number; latencyP50Ms: number; latencyP99Ms: number; requests: number; failed: number };
  writes: {
    sent: number;
    succeeded: number;
    failed: number;
    /** The most frequent error messages and their counts. */
    errors: Record<string, number>;
    perSecond: number;
    latencyP50Ms: number;
    latencyP99Ms: number;
    rows: WrittenRows;
  };
}

export interface DatabaseBenchReport {
  benchmark: 'database-targets';
  date: string;
  note: string | undefined;
  machine: MachineInfo;
  load: { reads: string; writes: string };
  targets: TargetResult[];
}

export function buildDatabaseReport(config: BenchConfig, autocannon: string, targets: TargetResult[]): DatabaseBenchReport {
  return {
    benchmark: 'database-targets',
    date: new Date().toISOString(),
    note: config.note,
    machine: machineInfo(targets.map((t) => `${t.target}: ${t.version}`).join('; ')),
    load: {
      reads: `${autocannon}, the edition programme query, ${config.connections} connections, ${config.warmupSeconds} s warm-up, ${config.durationSeconds} s measured, one api process`,
      writes: `${config.writers} writers over two api processes, ${config.writes} createAgreement mutations with one organizer's token`,
    },
    targets,
  };
}

export function readResult(measured: Measurement): TargetResult['reads'] {
  return { requestsPerSecond: round2(measured.requestsPerSecond), latencyP50Ms: measured.latencyP50Ms, latencyP99Ms: measured.latencyP99Ms, requests: measured.requests, failed: measured.failed };
}

export function renderDatabaseMarkdown(report: DatabaseBenchReport): string {
  const rows = report.targets.map((t) => {
    const w = t.writes;
    return `| ${t.label} | ${t.reads.requestsPerSecond} | ${t.reads.latencyP99Ms} | ${t.reads.failed} | ${w.perSecond} | ${w.latencyP50Ms} | ${w.latencyP99Ms} | ${w.failed} of ${w.sent} | ${w.rows.exact ? 'yes' : 'NO'} |`;
  });
  const errors = report.targets.flatMap((t) =>
    Object.entries(t.writes.errors).map(([message, count]) => `| ${t.target} | ${count} | ${message.replace(/\|/g, '\\|').slice(0, 160)} |`),
  );
  return [
    '# The api on each database: programme reads and concurrent organizer writes',
    '',
    `Run ${report.date} on ${report.machine.nproc} CPUs (${report.machine.cpu}), Node ${report.machine.node}.`,
    ...(report.note ? ['', `Note: ${report.note}`] : []),
    '',
    `Reads: ${report.load.reads}. Writes: ${report.load.writes}; afterwards the agreements, their parties and audit rows are counted ` +
      '("exact": every mutation succeeded and left exactly its rows, no slug or audit row twice).',
    '',
    '| database | reads req/s | reads p99 ms | reads failed | writes/s | writes p50 ms | writes p99 ms | writes failed | exact |',
    '|---|---|---|---|---|---|---|---|---|',
    ...rows,
    '',
    'Versions: ' + report.targets.map((t) => `${t.target} = ${t.version}`).join('; ') + '.',
    ...(errors.length ? ['', '| database | failed writes | error |', '|---|---|---|', ...errors] : []),
    '',
  ].join('\n');
}

export async function writeDatabaseReport(dir: string, report: DatabaseBenchReport): Promise<{ json: string; markdown: string }> {
  await mkdir(dir, { recursive: true });
  const json = join(dir, 'database-targets.json');
  const markdown = join(dir, 'database-targets.md');
  await writeFile(json, `${JSON.stringify(report, null, 2)}\n`);
  await writeFile(markdown, renderDatabaseMarkdown(report));
  return { json, markdown };
}

