// Per-request GraphQL state: the language every text of the response is resolved to and whose
// records the response may show, both fixed once when the request's context is built
// (request-context.hook.ts) and read-only after, and the request's DataLoaders. A loader is a typed definition owned by the service that batches it
// (defineLoader); the registry keeps one DataLoader per definition and request, so modules never
// share each other's caches through free-form keys.
import { VISITOR, type Audience } from '@caravan/db/read-models';
import DataLoader from 'dataloader';

export interface RequestContext {
  /** BCP 47 tag every LocalizedString of the response is resolved to. */
  readonly lang: string;
  /**
   * Whose view of the data the response shows: what visitors see for a query; for a mutation,
   * what its signed-in author may see (their drafts), so the answer can show what they wrote.
   */
  audience(): Promise<Audience>;
  readonly loaders: LoaderRegistry;
}

export type BatchFn<K, V> = (keys: readonly K[], ctx: RequestContext) => Promise<readonly V[]>;

/** A per-request DataLoader, defined once (as a service field) and used with any request's context. */
export class RequestLoader<K, V> {
  constructor(
    readonly batch: BatchFn<K, V>,
    /** Cache key of a non-string key (e.g. an edition reference by its id). */
    readonly cacheKey?: (key: K) => string,
  ) {}

  load(ctx: RequestContext, key: K): Promise<V> {
    return ctx.loaders.of(this).load(key);
  }

  /** Tells the request's loader a value it would otherwise batch a read for. */
  prime(ctx: RequestContext, key: K, value: V): void {
    ctx.loaders.of(this).prime(key, value);
  }

  loadMany(ctx: RequestContext, keys: readonly K[]): Promise<V[]> {
    const loader = ctx.loaders.of(this);
    return Promise.all(keys.map((key) => loader.load(key)));
  }
}

export function defineLoader<K, V>(batch: BatchFn<K, V>, cacheKey?: (key: K) => string): RequestLoader<K, V> {
  return new RequestLoader(batch, cacheKey);
}

export class LoaderRegistry {
  private readonly loaders = new Map<RequestLoader<never, unknown>, DataLoader<never, unknown, string>>();

  constructor(private readonly ctx: () => RequestContext) {}

  of<K, V>(definition: RequestLoader<K, V>): DataLoader<K, V, string> {
    const key = definition as unknown as RequestLoader<never, unknown>;
    const existing = this.loaders.get(key);
    if (existing) return existing as unknown as DataLoader<K, V, string>;
    const created = new DataLoader<K, V, string>((keys) => definition.batch(keys, this.ctx()), {
      cacheKeyFn: definition.cacheKey ?? ((k: K) => k as unknown as string),
    });
    this.loaders.set(key, created as unknown as DataLoader<never, unknown, string>);
    return created;
  }
}

export const DEFAULT_LANGUAGE = 'en';

const visitors = (): Promise<Audience> => Promise.resolve(VISITOR);

export function createRequestContext(lang: string = DEFAULT_LANGUAGE, audience: () => Promise<Audience> = visitors): RequestContext {
  let resolved: Promise<Audience> | undefined;
  const ctx: RequestContext = Object.freeze({ lang, audience: () => (resolved ??= audience()), loaders: new LoaderRegistry(() => ctx) });
  return ctx;
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
