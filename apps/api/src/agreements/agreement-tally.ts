// Folds the database's GROUP BY rows into tallies. Confidential agreements add to the counts
// only: their values never enter a sum, so no total can leak them.
import { Prisma } from '@caravan/db';
import type { AgreementTallyModel } from './models/agreement-stats.model.js';

export interface TallyGroup {
  confidential: boolean;
  currency: string | null;
  count: number;
  /** How many agreements of the group carry a value. */
  valued: number;
  amount: Prisma.Decimal | string | null;
}

export function tally(groups: readonly TallyGroup[]): AgreementTallyModel {
  let count = 0;
  let confidentialCount = 0;
  let disclosedCount = 0;
  const sums = new Map<string, Prisma.Decimal>();
  for (const group of groups) {
    count += group.count;
    if (group.confidential) {
      confidentialCount += group.count;
      continue;
    }
    if (group.currency === null || group.amount === null) continue;
    disclosedCount += group.valued;
    sums.set(group.currency, (sums.get(group.currency) ?? new Prisma.Decimal(0)).plus(new Prisma.Decimal(group.amount)));
  }
  const disclosedValues = [...sums.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([currency, amount]) => ({ currency, amount: amount.toFixed(2) }));
  return { count, disclosedCount, confidentialCount, disclosedValues };
}

/** Groups rows by a key and tallies each group, most agreements first, then by key. */
export function tallyBy<G extends TallyGroup, K extends string>(groups: readonly G[], keyOf: (group: G) => K): { key: K; tally: AgreementTallyModel }[] {
  const byKey = new Map<K, G[]>();
  for (const group of groups) byKey.set(keyOf(group), [...(byKey.get(keyOf(group)) ?? []), group]);
  return [...byKey.entries()]
    .map(([key, rows]) => ({ key, tally: tally(rows) }))
    .sort((a, b) => b.tally.count - a.tally.count || a.key.localeCompare(b.key));
}
