#!/usr/bin/env bash
# Regenerates everything the sdk derives from the api's schema, in order: the schema copy the sdk
# publishes, one operation per root query and mutation, and the TypeScript types and typed
# documents. The api writes apps/api/schema.gql (`pnpm --filter @caravan/api schema:write`).
set -euo pipefail
cd "$(dirname "$0")/.."
schema_source="${CARAVAN_SCHEMA:-../../apps/api/schema.gql}"
cp "$schema_source" schema.graphql
rm -rf src/operations
# Depth 2: each root field's scalars and its direct children's scalars; nested arguments become
# optional variables of the operation.
gqlg --schemaFilePath schema.graphql --destDirPath src/operations --depthLimit 2 --ext graphql >/dev/null
find src/operations -name 'index.js' -delete
graphql-codegen -c codegen.yml
