import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { buildSchema, parse, validate } from 'graphql';
import { operationArbitrary, rootFields } from './operation-arbitrary.js';

const schema = buildSchema(readFileSync(path.resolve(__dirname, '../../schema.gql'), 'utf8'));
const known = { ids: ['00000000-0000-4000-8000-000000000000'], slugs: ['china-central-asia'], editionNumbers: [11], emails: ['admin@caravan.local'] };

describe('operations generated from the schema', () => {
  const samples = fc.sample(operationArbitrary(schema, known), { seed: 7, numRuns: 3_000 });

  it('are valid GraphQL documents for the schema, except the deliberately malformed ones', () => {
    const invalid = samples
      .filter((op) => op.kind !== 'malformed')
      .map((op) => ({ field: op.field, errors: validate(schema, parse(op.query)).map((e) => e.message) }))
      .filter((result) => result.errors.length > 0);
    expect(invalid.slice(0, 5)).toEqual([]);
  });

  it('reach every root field of Query and Mutation', () => {
    const called = new Set(samples.map((op) => op.field));
    const missing = rootFields(schema).map(({ field }) => field.name).filter((name) => !called.has(name));
    expect(missing).toEqual([]);
    expect(rootFields(schema).length).toBeGreaterThan(50);
  });

  it('include malformed documents, several aliases and values of the wrong kind', () => {
    expect(samples.some((op) => op.kind === 'malformed')).toBe(true);
    expect(samples.some((op) => /\ba1: /.test(op.query))).toBe(true);
    expect(samples.some((op) => Object.values(op.variables).some((value) => value === null || (typeof value === 'object' && !Array.isArray(value))))).toBe(true);
  });
});
