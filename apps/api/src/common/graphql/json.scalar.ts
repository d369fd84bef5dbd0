// The JSONObject scalar, from graphql-scalars: for a value that is a document of its own (a
// stored theme, a wizard draft), typed as data by a domain schema rather than in GraphQL.
import { GraphQLJSONObject } from 'graphql-scalars';

export { GraphQLJSONObject as JSONObjectScalar };
