// The operations guide's variables table against the worker's schema, both ways.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { variablesDocumentedFor } from '@caravan/config/env';
import { WORKER_ENV_VARIABLES } from './env.js';

const GUIDE = readFileSync(join(__dirname, '..', '..', '..', '..', 'docs', 'guides', 'operations.md'), 'utf8');

describe('docs/guides/operations.md', () => {
  it('lists exactly the variables the worker reads', () => {
    expect(variablesDocumentedFor(GUIDE, 'worker')).toEqual([...WORKER_ENV_VARIABLES].sort());
  });
});
