// The JSON scalars, both from graphql-scalars: JSONObject for a value that is a document of its
// own (a stored theme, a wizard draft), JSON for any JSON value (a registration's answers, whose
// shape the edition's form decides). Either is typed as data by a domain schema, not in GraphQL.
import { GraphQLJSON, GraphQLJSONObject } from 'graphql-scalars';

export { GraphQLJSON as JSONScalar, GraphQLJSONObject as JSONObjectScalar };
