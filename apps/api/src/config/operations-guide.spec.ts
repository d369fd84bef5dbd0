// The operations guide's variables table against the api's schema: every variable the api reads
// is documented as read by the api, and the guide claims no variable for it that it does not read.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { variablesDocumentedFor } from '@caravan/config/env';
import { API_ENV_VARIABLES } from './env.js';

const GUIDE = readFileSync(join(__dirname, '..', '..', '..', '..', 'docs', 'guides', 'operations.md'), 'utf8');

describe('docs/guides/operations.md', () => {
  it('lists exactly the variables the api reads', () => {
    expect(variablesDocumentedFor(GUIDE, 'api')).toEqual([...API_ENV_VARIABLES].sort());
  });

  it('would notice a variable the api reads but the guide leaves out (negative control)', () => {
    expect(variablesDocumentedFor(GUIDE.replace('| `TRUST_PROXY` | api |', '| `TRUST_PROXY` | nobody |'), 'api')).not.toEqual([...API_ENV_VARIABLES].sort());
  });
});
