// The Grafana dashboard and the alert rules in infra/helm query only metrics the api and the
// worker export, so a renamed metric cannot leave a blank panel or an alert that never fires.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Database } from '@caravan/db';
import type { ApiConfig } from '../config/env.js';
import { ApiMetrics } from './api-metrics.js';

const ROOT = path.resolve(__dirname, '../../../..');
const read = (file: string) => readFileSync(path.join(ROOT, file), 'utf8');

/** caravan_* metric names a PromQL text uses, histogram series folded to their metric. */
function caravanMetricsIn(text: string): string[] {
  return [...new Set([...text.matchAll(/\b(caravan_[a-z_]+)/g)].map((m) => (m[1] ?? '').replace(/_(bucket|sum|count)$/, '')))].sort();
}

describe('the Grafana dashboard and the alert rules', () => {
  // Nothing is collected here (no scrape), so the registry needs no database or queues.
  const api = new ApiMetrics({} as Database, new Map(), {} as ApiConfig).registry.getMetricsAsArray().map((metric) => metric.name);
  const worker = [...read('apps/worker/src/metrics/worker-metrics.ts').matchAll(/name: '(caravan_[a-z_]+)'/g)].map((m) => m[1] ?? '');
  const exported = new Set([...api, ...worker]);

  it('reads metrics the api and the worker export, nothing else', () => {
    const dashboard = JSON.parse(read('infra/helm/caravan/dashboards/caravan.json')) as { panels: { title: string; targets: { expr: string }[] }[] };
    const used = caravanMetricsIn(dashboard.panels.flatMap((panel) => panel.targets.map((target) => target.expr)).join('\n'));
    const rules = caravanMetricsIn(read('infra/helm/caravan/templates/prometheusrule.yaml'));
    expect(used.filter((name) => !exported.has(name))).toEqual([]);
    expect(rules.filter((name) => !exported.has(name))).toEqual([]);
    // Every metric of ours is on the dashboard.
    expect([...exported].filter((name) => name.startsWith('caravan_') && !used.includes(name))).toEqual([]);
  });

  it('has each alert of the rules explained in the operations guide', () => {
    const alerts = [...read('infra/helm/caravan/templates/prometheusrule.yaml').matchAll(/- alert: (\w+)/g)].map((m) => m[1] ?? '');
    const guide = read('docs/guides/operations.md');
    expect(alerts.length).toBeGreaterThan(0);
    expect(alerts.filter((alert) => !guide.includes(`\`${alert}\``))).toEqual([]);
  });
});
