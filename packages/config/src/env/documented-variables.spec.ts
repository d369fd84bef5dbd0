import { documentedVariables, variablesDocumentedFor } from './documented-variables.js';

const GUIDE = `# Operating
## Configuration (environment)
| variable | used by | meaning |
|---|---|---|
| \`DATABASE_URL\` | api, worker | PostgreSQL |
| \`PORT\`, \`HOST\` | api | listening |
| \`CARAVAN_API_URL\` | portal | the api |

A bad value stops the process.

| \`NOT_A_ROW\` | api | after the table |
## Database
`;

describe(documentedVariables.name, () => {
  it('reads each variable of the first table of the section with the processes using it', () => {
    expect(documentedVariables(GUIDE)).toEqual([
      { name: 'DATABASE_URL', usedBy: ['api', 'worker'] },
      { name: 'PORT', usedBy: ['api'] },
      { name: 'HOST', usedBy: ['api'] },
      { name: 'CARAVAN_API_URL', usedBy: ['portal'] },
    ]);
  });

  it('answers the variables of one process, sorted', () => {
    expect(variablesDocumentedFor(GUIDE, 'api')).toEqual(['DATABASE_URL', 'HOST', 'PORT']);
    expect(variablesDocumentedFor(GUIDE, 'worker')).toEqual(['DATABASE_URL']);
  });

  it('refuses a guide without the section', () => {
    expect(() => documentedVariables('# nothing here')).toThrow('no section "## Configuration"');
  });
});
