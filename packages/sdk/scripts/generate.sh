#!/usr/bin/env bash
# Regenerates everything the sdk derives from the api's schema, in order: the schema copy the sdk
# publishes, one operation per root query and mutation with the fragments they share, and the
# TypeScript types and typed documents. The api writes apps/api/schema.gql
# (`pnpm --filter @caravan/api schema:write`).
set -euo pipefail
cd "$(dirname "$0")/.."
schema_source="${CARAVAN_SCHEMA:-../../apps/api/schema.gql}"
cp "$schema_source" schema.graphql
# Depth 2: each root field's scalars and its direct children's scalars, shared through one
# fragment per type; nested arguments become optional variables of the operation.
node codegen/write-operations.cjs schema.graphql src/operations
graphql-codegen -c codegen.yml
