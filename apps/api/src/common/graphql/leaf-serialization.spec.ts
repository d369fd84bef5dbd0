// The api compiles queries with graphql-jit's disableLeafSerialization (see app.module.ts):
// enum values reach the response as the resolvers return them. That is only right while every
// enum's internal values equal their names, which this spec holds the schema to.
import { isEnumType, isScalarType, isSpecifiedScalarType } from 'graphql';
import { buildApiSchema } from '../../schema/schema-sdl.js';

describe('leaf serialization', () => {
  it('finds every enum value equal to its name', async () => {
    const schema = await buildApiSchema();
    const enums = Object.values(schema.getTypeMap()).filter(isEnumType).filter((type) => !type.name.startsWith('__'));
    expect(enums.map((type) => type.name)).toEqual(expect.arrayContaining(['SessionKind', 'SessionRole', 'EditionStatus', 'OrganizationKind']));
    const differing = enums.flatMap((type) => type.getValues().filter((value) => value.value !== value.name).map((value) => `${type.name}.${value.name}`));
    expect(differing).toEqual([]);
  });

  it('finds no custom scalar (those would still be serialized, and need their own check)', async () => {
    const schema = await buildApiSchema();
    const custom = Object.values(schema.getTypeMap()).filter((type) => isScalarType(type) && !isSpecifiedScalarType(type));
    expect(custom.map((type) => type.name)).toEqual([]);
  });
});
