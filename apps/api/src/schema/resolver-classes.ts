// The resolver classes of the app, found by walking its module graph: every provider of every
// module AppModule imports (static @Module metadata and dynamic modules alike) that carries
// @nestjs/graphql's resolver metadata. The schema is built from this list, so a resolver is in
// the schema exactly when its module is in the app; no second list to keep in step.
import type { DynamicModule, Provider, Type } from '@nestjs/common';
import { AppModule } from '../app.module.js';
import { parseApiEnv } from '../config/env.js';

/** What @Resolver() sets on a class (RESOLVER_TYPE_METADATA of @nestjs/graphql). */
const RESOLVER_METADATA = 'graphql:resolver_type';

type ModuleRef = Type<unknown> | DynamicModule | Promise<DynamicModule>;

const isDynamic = (ref: ModuleRef): ref is DynamicModule => typeof ref === 'object' && 'module' in ref;

function providerClass(provider: Provider): Type<unknown> | null {
  if (typeof provider === 'function') return provider;
  return 'useClass' in provider ? provider.useClass : null;
}

export function resolverClasses(root: ModuleRef): Type<unknown>[] {
  const seen = new Set<unknown>();
  const found = new Set<Type<unknown>>();
  const visit = (ref: ModuleRef): void => {
    if (ref instanceof Promise || seen.has(ref)) return;
    seen.add(ref);
    const moduleClass = isDynamic(ref) ? ref.module : ref;
    const imports = [...((Reflect.getMetadata('imports', moduleClass) as ModuleRef[] | undefined) ?? []), ...(isDynamic(ref) ? (ref.imports ?? []) : [])];
    const providers = [...((Reflect.getMetadata('providers', moduleClass) as Provider[] | undefined) ?? []), ...(isDynamic(ref) ? (ref.providers ?? []) : [])];
    for (const provider of providers) {
      const cls = providerClass(provider);
      if (cls && Reflect.hasOwnMetadata(RESOLVER_METADATA, cls)) found.add(cls);
    }
    for (const imported of imports) visit(imported as ModuleRef);
  };
  visit(root);
  return [...found];
}

/** The resolvers of the app as it boots (the configuration does not change which modules it has). */
export function appResolvers(): Type<unknown>[] {
  return resolverClasses(AppModule.register({ config: parseApiEnv({ NODE_ENV: 'test', REDIS_URL: 'off', LOG_LEVEL: 'silent' }) }));
}
