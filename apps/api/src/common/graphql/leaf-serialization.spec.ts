// The api compiles queries with graphql-jit's disableLeafSerialization (see app.module.ts):
// enum values reach the response as the resolvers return them. That is only right while every
// enum's internal values equal their names, and while each custom scalar's serializer changes
// nothing JSON.stringify would not, which this spec holds the schema to.
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

  // Custom scalars are not serialized either: each must give, unserialized through JSON.stringify,
  // the very answer its serializer would. A new custom scalar fails here until it has its case.
  const SAMPLES: Readonly<Record<string, readonly unknown[]>> = {
    DateTime: [new Date('2024-10-25T09:30:00.000Z'), new Date(0)],
    JSON: [{ a: [1, 'b', null, { c: true }] }, [1, 2], 'text', 3.5, true, null],
    JSONObject: [{ a: [1, 'b', null, { c: true }] }, {}],
  };

  it('finds each custom scalar answering through JSON.stringify as its serializer would', async () => {
    const schema = await buildApiSchema();
    const custom = Object.values(schema.getTypeMap()).filter((type) => isScalarType(type) && !isSpecifiedScalarType(type));
    expect(custom.map((type) => type.name).sort()).toEqual(Object.keys(SAMPLES).sort());
    for (const scalar of custom) {
      if (!isScalarType(scalar)) continue;
      for (const value of SAMPLES[scalar.name] ?? []) {
        expect(JSON.parse(JSON.stringify({ value })).value).toEqual(JSON.parse(JSON.stringify({ value: scalar.serialize(value) })).value);
      }
    }
  });
});
