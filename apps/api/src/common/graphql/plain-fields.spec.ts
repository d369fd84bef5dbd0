import { GraphQLObjectType, GraphQLSchema, GraphQLString, isObjectType, type GraphQLField } from 'graphql';
import { buildApiSchema } from '../../schema/schema-sdl.js';
import { NEST_PROPERTY_RESOLVER, withPlainPropertyFields } from './plain-fields.js';

type AnyField = GraphQLField<unknown, unknown>;

/** Object type fields of the schema by `Type.field`, our own types only. */
function objectFields(schema: GraphQLSchema): Map<string, AnyField> {
  const fields = new Map<string, AnyField>();
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) fields.set(`${type.name}.${field.name}`, field);
  }
  return fields;
}

/** A field resolved the way @nestjs/graphql resolves a property field, with its options. */
function nestLike(property: string, defaultValue?: string) {
  const rootFieldResolver = (root: Record<string, unknown>): unknown => (root[property] === undefined ? defaultValue : root[property]);
  return { type: GraphQLString, resolve: rootFieldResolver };
}

describe(withPlainPropertyFields.name, () => {
  it('finds @nestjs/graphql still giving plain fields its property resolver', async () => {
    // Guards the name the transform looks for: a renamed resolver would silently keep every call.
    const fields = objectFields(await buildApiSchema());
    expect(fields.get('Session.title')?.resolve?.name).toBe(NEST_PROPERTY_RESOLVER);
    expect(fields.get('LocalizedString.text')?.resolve?.name).toBe(NEST_PROPERTY_RESOLVER);
    expect(fields.get('Person.slug')?.resolve?.name).toBe(NEST_PROPERTY_RESOLVER);
  });

  it("removes the api's property resolvers", async () => {
    const fields = objectFields(withPlainPropertyFields(await buildApiSchema()));
    for (const name of ['Session.title', 'Session.startsAt', 'Person.name', 'Country.name', 'Room.venueName', 'LocalizedString.text', 'LocalizedString.fallback']) {
      expect([name, fields.get(name)?.resolve]).toEqual([name, undefined]);
    }
  });

  it('keeps resolvers of our own and property resolvers that do more than read the property', () => {
    const own = (): string => 'own';
    const probe = new GraphQLObjectType({
      name: 'Probe',
      fields: {
        computed: { type: GraphQLString, resolve: own },
        plain: nestLike('plain'),
        defaulted: nestLike('defaulted', 'fallback'),
        renamed: nestLike('otherProperty'),
      },
    });
    const fields = objectFields(withPlainPropertyFields(new GraphQLSchema({ query: probe })));
    expect(fields.get('Probe.computed')?.resolve).toBe(own);
    expect(fields.get('Probe.plain')?.resolve).toBeUndefined();
    expect(fields.get('Probe.defaulted')?.resolve?.name).toBe(NEST_PROPERTY_RESOLVER);
    expect(fields.get('Probe.renamed')?.resolve?.name).toBe(NEST_PROPERTY_RESOLVER);
  });
});
