// Writes the sdk's operations: one per root query and mutation (`queries/`, `mutations/`), whose
// selections share the fragments of one file (`fragments.graphql`), so no two documents repeat
// a selection.
//
// What each operation selects is gql-generator's depth 2: the root field's scalars and its direct
// children's scalars, nested arguments as optional variables of the operation. Its output is
// then factored by type: `<Type>Fields` selects a type's scalars wherever the type appears, and
// `<Type>Detail` the scalars plus the direct children of a type that a root field returns (a
// type without object children is returned as `<Type>Fields`). The same type always gets the
// same selection at the same depth; a schema where it would not stops the generator.
//
// Usage: node codegen/write-operations.cjs <schema file> <output directory>
const { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } = require('node:fs');
const { tmpdir } = require('node:os');
const { join } = require('node:path');
const { Kind, buildSchema, getNamedType, parse, print } = require('graphql');
const gqlg = require('gql-generator');

const DEPTH = 2;
const FOLDERS = ['queries', 'mutations'];

/** The documents gql-generator writes for the schema, by folder and root field name. */
function depthTwoOperations(schemaFile) {
  const dir = mkdtempSync(join(tmpdir(), 'caravan-sdk-gqlg-'));
  const log = console.log;
  console.log = () => {}; // gql-generator reports the schema's lack of subscriptions on stdout
  try {
    gqlg({ schemaFilePath: schemaFile, destDirPath: dir, depthLimit: DEPTH, fileExtension: 'graphql' });
  } finally {
    console.log = log;
  }
  try {
    return FOLDERS.flatMap((folder) =>
      readdirSync(join(dir, folder))
        .filter((file) => file.endsWith('.graphql'))
        .sort()
        .map((file) => ({ folder, file, document: parse(readFileSync(join(dir, folder, file), 'utf8')) })),
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const spread = (name) => ({ kind: Kind.FRAGMENT_SPREAD, name: { kind: Kind.NAME, value: name } });
const selectionSet = (selections) => ({ kind: Kind.SELECTION_SET, selections });

function fragmentRegistry() {
  const fragments = new Map();
  return {
    /** Registers fragment `name` on `typeName` (or checks it equals the one registered) and returns a spread of it. */
    use(name, typeName, selections) {
      const definition = {
        kind: Kind.FRAGMENT_DEFINITION,
        name: { kind: Kind.NAME, value: name },
        typeCondition: { kind: Kind.NAMED_TYPE, name: { kind: Kind.NAME, value: typeName } },
        selectionSet: selectionSet(selections),
      };
      const known = fragments.get(name);
      if (known && print(known) !== print(definition)) {
        throw new Error(`${name} would select differently in two operations:\n${print(known)}\n${print(definition)}`);
      }
      fragments.set(name, definition);
      return spread(name);
    },
    /** Each type's fragments together, types in alphabetical order. */
    document() {
      const order = (name) => name.replace(/(Fields|Detail)$/, (kind) => (kind === 'Fields' ? '\u0000' : '\u0001'));
      const definitions = [...fragments.values()].sort((a, b) => (order(a.name.value) < order(b.name.value) ? -1 : 1));
      return { kind: Kind.DOCUMENT, definitions };
    },
  };
}

/** The root field's selection, with its own and its children's scalars taken from fragments. */
function factorRootSelection(schema, rootType, field, fragments) {
  const type = getNamedType(rootType.getFields()[field.name.value].type);
  const scalars = [];
  const children = [];
  for (const child of field.selectionSet.selections) {
    if (!child.selectionSet) {
      scalars.push(child);
      continue;
    }
    const childType = getNamedType(type.getFields()[child.name.value].type);
    const childFields = fragments.use(`${childType.name}Fields`, childType.name, child.selectionSet.selections);
    children.push({ ...child, selectionSet: selectionSet([childFields]) });
  }
  const own = scalars.length > 0 ? [fragments.use(`${type.name}Fields`, type.name, scalars)] : [];
  const selection = children.length > 0 ? fragments.use(`${type.name}Detail`, type.name, [...own, ...children]) : own[0];
  return { ...field, selectionSet: selectionSet([selection]) };
}

function writeOperations(schemaFile, outDir) {
  const schema = buildSchema(readFileSync(schemaFile, 'utf8'));
  const fragments = fragmentRegistry();
  const operations = depthTwoOperations(schemaFile).map(({ folder, file, document }) => {
    const [operation] = document.definitions;
    const rootType = schema.getRootType(operation.operation);
    const [field] = operation.selectionSet.selections;
    const factored = field.selectionSet ? factorRootSelection(schema, rootType, field, fragments) : field;
    const definition = { ...operation, selectionSet: selectionSet([factored]) };
    return { folder, file, text: print({ ...document, definitions: [definition] }) };
  });
  rmSync(outDir, { recursive: true, force: true });
  for (const folder of FOLDERS) mkdirSync(join(outDir, folder), { recursive: true });
  for (const { folder, file, text } of operations) writeFileSync(join(outDir, folder, file), `${text}\n`);
  writeFileSync(join(outDir, 'fragments.graphql'), `${print(fragments.document())}\n`);
}

module.exports = { writeOperations };

if (require.main === module) {
  const [schemaFile, outDir] = process.argv.slice(2);
  if (!schemaFile || !outDir) {
    console.error('Usage: node codegen/write-operations.cjs <schema file> <output directory>');
    process.exit(2);
  }
  writeOperations(schemaFile, outDir);
}
