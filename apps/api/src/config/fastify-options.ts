// Fastify's options that come from the config, shared by main.ts and the test harness so tests
// see the client address as production does.
import type { TrustProxy } from '@caravan/config/env';
import type { ApiConfig } from './env.js';

/** Fastify's trustProxy: a hop count becomes "trust the first n hops", as Fastify itself reads a number. */
export function fastifyTrustProxy(trust: TrustProxy): false | string[] | ((address: string, hop: number) => boolean) {
  return typeof trust === 'number' ? (_address, hop) => hop < trust : trust;
}

export function fastifyAdapterOptions(config: Pick<ApiConfig, 'trustProxy'>) {
  return { trustProxy: fastifyTrustProxy(config.trustProxy) };
}
