import { readFile } from 'node:fs/promises';
import { buildSchema, isObjectType } from 'graphql';
import { SCHEMA_FILE } from '../app.module.js';
import { buildSchemaSdl } from './schema-sdl.js';

describe(buildSchemaSdl.name, () => {
  it('matches the committed schema.gql', async () => {
    const [built, committed] = await Promise.all([buildSchemaSdl(), readFile(SCHEMA_FILE, 'utf8')]);
    if (built !== committed) {
      throw new Error('apps/api/schema.gql is out of date with the resolvers. Run `pnpm --filter @caravan/api schema:write` and commit the result.');
    }
    expect(built).toMatch(/requestProgrammeDocument\([^)]*\): ProgrammeDocumentRequest!/);
  });

  it('describes every type and field', async () => {
    const schema = buildSchema(await buildSchemaSdl());
    const undocumented: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (type.name.startsWith('__') || ['String', 'Int', 'Boolean', 'ID', 'Float'].includes(type.name)) continue;
      // Query and Mutation are described field by field; the root types themselves are fixed names.
      if (!type.description && type.name !== 'Query' && type.name !== 'Mutation') undocumented.push(type.name);
      if (isObjectType(type)) {
        for (const field of Object.values(type.getFields())) if (!field.description) undocumented.push(`${type.name}.${field.name}`);
      }
    }
    expect(undocumented).toEqual([]);
  });
});
