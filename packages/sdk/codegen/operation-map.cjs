// graphql-codegen plugin: maps each root field to its typed document, one map for queries and
// one for mutations, so the client can offer `caravan.query.edition(...)` for every field.
const { Kind } = require('graphql');

function documentName(operationName) {
  return `${operationName.charAt(0).toUpperCase()}${operationName.slice(1)}Document`;
}

module.exports = {
  plugin(_schema, documents) {
    const maps = { query: [], mutation: [] };
    for (const { document } of documents) {
      for (const definition of document.definitions) {
        if (definition.kind !== Kind.OPERATION_DEFINITION || !definition.name) continue;
        const list = maps[definition.operation];
        if (list) list.push(definition.name.value);
      }
    }
    const render = (name, names) =>
      `export const ${name} = {\n${names
        .sort()
        .map((op) => `  ${op}: ${documentName(op)},`)
        .join('\n')}\n} as const;\n`;
    return `\n/** Every root query of the api, by field name. */\n${render('queries', maps.query)}\n/** Every root mutation of the api, by field name. */\n${render('mutations', maps.mutation)}`;
  },
};
