// The JSON scalars, from graphql-scalars: JSONObject where a value is a document of its own (a
// stored theme, a wizard draft), typed as data in a domain schema rather than in GraphQL.
import { GraphQLJSON, GraphQLJSONObject } from 'graphql-scalars';

export { GraphQLJSON as JSONScalar, GraphQLJSONObject as JSONObjectScalar };
