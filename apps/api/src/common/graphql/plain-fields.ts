// Lets graphql-jit read plain fields as plain properties. @nestjs/graphql gives every @Field
// property a resolver of its own (`rootFieldResolver`: read the property, fall back to the
// field's defaultValue), so graphql-jit calls a function and builds a resolve-info object for
// every leaf of a response: tens of thousands on a programme page. Without a resolver it
// compiles the field to a property read, which is what the Nest resolver does anyway for fields
// without a default value and whose property is named like the field; only those lose it.
import { isObjectType, type GraphQLFieldResolver, type GraphQLSchema } from 'graphql';

/** The name @nestjs/graphql gives its property resolver; plain-fields.spec.ts checks it still does. */
export const NEST_PROPERTY_RESOLVER = 'rootFieldResolver';

const PROBE = Symbol('plain-field probe');

/**
 * True when the resolver answers exactly what a property read would: undefined for a parent
 * without the property (no defaultValue), the property's value otherwise (same name).
 */
function readsOwnProperty(resolve: GraphQLFieldResolver<unknown, unknown>, fieldName: string): boolean {
  const read = resolve as (parent: Record<string, unknown>) => unknown;
  return read({}) === undefined && read({ [fieldName]: PROBE }) === PROBE;
}

/**
 * Removes Nest's property resolver from every object type field where it only reads the
 * property of the field's name; fields with a resolver of our own (@ResolveField, @Query, ...)
 * and any property field with a default value or another property name keep theirs.
 */
export function withPlainPropertyFields(schema: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      if (field.resolve?.name === NEST_PROPERTY_RESOLVER && readsOwnProperty(field.resolve, field.name)) field.resolve = undefined;
    }
  }
  return schema;
}
