import { startupFacts } from './startup-facts.js';

describe(startupFacts.name, () => {
  it('logs where the queues and the database are, never their passwords', () => {
    const facts = startupFacts({ redisUrl: 'redis://:r3dis-pass@cache:6379/0', databaseUrl: 'postgresql://caravan:pg-pass@db:5432/caravan', bullPrefix: 'bull' }, ['documents', 'mail']);
    expect(facts).toEqual({ redis: 'redis://:***@cache:6379/0', database: 'postgresql://caravan:***@db:5432/caravan', prefix: 'bull', queues: ['documents', 'mail'] });
    expect(JSON.stringify(facts)).not.toMatch(/r3dis-pass|pg-pass/);
  });
});
