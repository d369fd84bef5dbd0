// Reads a /metrics answer with a real Prometheus text-format parser (parse-prometheus-text-format),
// so a test checks what a Prometheus server would read, not what a regular expression finds.
import parsePrometheusTextFormat from 'parse-prometheus-text-format';

export interface PromSample {
  value?: string;
  labels?: Record<string, string>;
  buckets?: Record<string, string>;
  count?: string;
  sum?: string;
}

export interface PromFamily {
  name: string;
  help: string;
  type: string;
  metrics: PromSample[];
}

/**
 * Every metric family of a scrape by name. The parser folds a histogram's series into one sample
 * and drops their labels, so histograms are read as their plain series (`<name>_bucket`,
 * `<name>_sum`, `<name>_count`, each sample with its labels): their TYPE lines are left out.
 */
export function parseMetrics(text: string): Map<string, PromFamily> {
  const plain = text
    .split('\n')
    .filter((line) => !/^# TYPE \S+ histogram$/.test(line))
    .join('\n');
  const byName = new Map<string, PromFamily>();
  // A histogram's series come interleaved (bucket, sum, count per label set): one family each time.
  for (const family of parsePrometheusTextFormat(plain) as PromFamily[]) {
    const seen = byName.get(family.name);
    if (seen) seen.metrics.push(...family.metrics);
    else byName.set(family.name, { ...family, metrics: [...family.metrics] });
  }
  return byName;
}

/** The samples of `name` whose labels include `labels`. */
export function samples(metrics: Map<string, PromFamily>, name: string, labels: Record<string, string> = {}): PromSample[] {
  const family = metrics.get(name);
  if (!family) throw new Error(`no metric ${name}; have ${[...metrics.keys()].join(', ')}`);
  return family.metrics.filter((sample) => Object.entries(labels).every(([key, value]) => sample.labels?.[key] === value));
}
