// Per-request GraphQL state: the visitor's language (set by the root field's `lang` argument
// and used by every LocalizedString below it) and the request's DataLoaders, created lazily by
// the module that owns them so modules never reach into each other's repositories.
import DataLoader from 'dataloader';

export class LoaderRegistry {
  private readonly loaders = new Map<string, DataLoader<string, unknown>>();

  private readonly memos = new Map<string, Promise<unknown>>();

  /** A value worked out once per request however many fields ask for it (e.g. an edition's session views). */
  memo<V>(key: string, compute: () => Promise<V>): Promise<V> {
    const existing = this.memos.get(key);
    if (existing) return existing as Promise<V>;
    const created = compute();
    this.memos.set(key, created);
    return created;
  }

  get<V>(name: string, batch: (keys: readonly string[]) => Promise<readonly V[]>): DataLoader<string, V> {
    const existing = this.loaders.get(name);
    if (existing) return existing as DataLoader<string, V>;
    const created = new DataLoader<string, V>(batch);
    this.loaders.set(name, created as DataLoader<string, unknown>);
    return created;
  }
}

export interface RequestContext {
  lang: string;
  loaders: LoaderRegistry;
}

export const DEFAULT_LANGUAGE = 'en';

export function createRequestContext(): RequestContext {
  return { lang: DEFAULT_LANGUAGE, loaders: new LoaderRegistry() };
}

/** Key under which the request context sits inside Mercurius' context object. */
export const CONTEXT_KEY = 'caravan';

/**
 * Mercurius' context object as a field resolver receives it. Hot field resolvers take the
 * plain GraphQL arguments (parent, args, context) instead of @Parent()/@Ctx(): a method without
 * parameter decorators is bound directly by @nestjs/graphql, skipping the per-call pipes and
 * promise wrapping that cost more than the field itself on a list of thousands.
 */
export interface GraphQLContext {
  [CONTEXT_KEY]: RequestContext;
}

/** Arguments of a field that declares none. */
export type NoArgs = Record<string, never>;

/** Batch helper: one row per key, in key order, null where nothing matched. */
export function byKey<T>(keys: readonly string[], rows: readonly T[], keyOf: (row: T) => string): (T | null)[] {
  const map = new Map(rows.map((row) => [keyOf(row), row] as const));
  return keys.map((key) => map.get(key) ?? null);
}

/** Batch helper: all rows per key, in key order, keeping the rows' own order. */
export function groupByKey<T>(keys: readonly string[], rows: readonly T[], keyOf: (row: T) => string): T[][] {
  const map = new Map<string, T[]>(keys.map((key) => [key, []]));
  for (const row of rows) map.get(keyOf(row))?.push(row);
  return keys.map((key) => map.get(key) ?? []);
}
