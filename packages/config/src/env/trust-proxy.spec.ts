import { z } from 'zod';
import { ConfigError, parseEnv, parseTrustProxy, trustProxy } from './index.js';

const Schema = z.object({ TRUST_PROXY: trustProxy });

describe(parseTrustProxy.name, () => {
  it('reads off, a hop count, or a list of proxy addresses and CIDR ranges', () => {
    expect(parseEnv(Schema, {})).toEqual({ TRUST_PROXY: false });
    expect(parseTrustProxy('false')).toBe(false);
    expect(parseTrustProxy('0')).toBe(false);
    expect(parseTrustProxy('2')).toBe(2);
    expect(parseTrustProxy('10.0.0.0/8, fd00::/8,192.0.2.10,loopback')).toEqual(['10.0.0.0/8', 'fd00::/8', '192.0.2.10', 'loopback']);
  });

  it('refuses "true", which would let every client choose its own address, and malformed ranges', () => {
    for (const value of ['true', 'yes', '10.0.0.0/33', 'fd00::/129', '10.0.0/8', '10.0.0.0/8/1', 'proxy.example.org', ',']) {
      expect({ value, parsed: parseTrustProxy(value) }).toEqual({ value, parsed: null });
    }
    expect(() => parseEnv(Schema, { TRUST_PROXY: 'true' })).toThrow(ConfigError);
    expect(() => parseEnv(Schema, { TRUST_PROXY: 'true' })).toThrow(/TRUST_PROXY must be false, the number of proxies .*"true" would let any client choose its own address/);
  });
});
