import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import {
  buildSchema,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  Kind,
  parse,
  typeFromAST,
  type DocumentNode,
  type GraphQLInputType,
} from 'graphql';
import { parseApiEnv } from '../config/env.js';
import { LIST_ITEMS, queryComplexity } from './query-complexity.js';

const schema = buildSchema(readFileSync(join(__dirname, '..', '..', 'schema.gql'), 'utf8'));
const LIMIT = parseApiEnv({}).queryComplexityLimit;

/**
 * The operations the portal, the console and the sdk send, one by one (a client sends one per
 * request, even where a file holds several), each with the fragments of its folder (and subfolders).
 */
function clientDocuments(): { name: string; document: DocumentNode }[] {
  const root = join(__dirname, '..', '..', '..', '..');
  const folders = ['apps/portal/app/graphql', 'apps/console/app/graphql', 'packages/sdk/src/operations'];
  const isFragments = (file: string) => /^fragments?\b/.test(basename(file));
  return folders.flatMap((folder) => {
    const files = readdirSync(join(root, folder), { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.graphql'));
    const read = (file: string) => readFileSync(join(root, folder, file), 'utf8');
    const fragments = files.filter(isFragments).map(read).join('\n');
    return files
      .filter((file) => !isFragments(file))
      .flatMap((file) => {
        const text = read(file);
        const parsed = parse(fragments && text.includes('...') ? `${text}\n${fragments}` : text);
        const fragmentDefinitions = parsed.definitions.filter((definition) => definition.kind === Kind.FRAGMENT_DEFINITION);
        return parsed.definitions
          .filter((definition) => definition.kind === Kind.OPERATION_DEFINITION)
          .map((operation) => ({
            name: `${folder}/${file}${operation.name ? `#${operation.name.value}` : ''}`,
            document: { kind: Kind.DOCUMENT, definitions: [operation, ...fragmentDefinitions] } as DocumentNode,
          }));
      });
  });
}

/** A value for each required variable (and required input field), so that the cost is what the defaults give. */
function requiredVariables(document: DocumentNode): Record<string, unknown> {
  const sample = (type: GraphQLInputType): unknown => {
    if (isNonNullType(type)) return sample(type.ofType);
    if (isListType(type)) return [sample(type.ofType)];
    if (isEnumType(type)) return type.getValues()[0]?.value;
    if (isInputObjectType(type)) {
      const required = Object.values(type.getFields()).filter((field) => isNonNullType(field.type) && field.defaultValue === undefined);
      return Object.fromEntries(required.map((field) => [field.name, sample(field.type)]));
    }
    return ({ Int: 1, Float: 1, Boolean: true } as Record<string, unknown>)[type.name] ?? 'x';
  };
  const values: Record<string, unknown> = {};
  for (const definition of document.definitions) {
    if (definition.kind !== Kind.OPERATION_DEFINITION) continue;
    for (const variable of definition.variableDefinitions ?? []) {
      const type = typeFromAST(schema, variable.type);
      if (type && isNonNullType(type) && !variable.defaultValue) values[variable.variable.name.value] = sample(type as GraphQLInputType);
    }
  }
  return values;
}

describe(queryComplexity.name, () => {
  it('prices a plain list once per item it may hold, so the cyclic session -> speaker -> sessions query is costly', () => {
    const one = queryComplexity(schema, parse('{ edition(series: "s", number: 1) { sessions { slug } } }'), {});
    expect(one).toBe(1 + (1 + LIST_ITEMS * 1));
    const cyclic = parse(`{ edition(series: "s", number: 1) { sessions { speakers { person { sessions { speakers { person { sessions {
      speakers { person { sessions { slug title { text } } } } } } } } } } } } }`);
    const cost = queryComplexity(schema, cyclic, {});
    expect(cost).toBeGreaterThan(LIMIT);
    expect(cost).toBeGreaterThan(10 ** 6);
  });

  it('keeps every operation the portal, the console and the sdk send under the default limit', () => {
    const documents = clientDocuments();
    expect(documents.length).toBeGreaterThan(10);
    const over = documents.map(({ name, document }) => ({ name, cost: queryComplexity(schema, document, requiredVariables(document)) })).filter((d) => d.cost > LIMIT);
    expect(over).toEqual([]);
  });
});
