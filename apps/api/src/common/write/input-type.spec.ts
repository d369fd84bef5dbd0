import { ZSeriesInput } from '@caravan/forums';
import { getNamedType, isInputObjectType, isNonNullType, type GraphQLInputObjectType } from 'graphql';
import { z } from 'zod';
import { ZSessionEditInput } from '../../manage/programme/programme.inputs.js';
import { buildApiSchema } from '../../schema/schema-sdl.js';
import { applyPatch, currentValues, fromGraphQL, objectOf } from './input-type.js';

async function inputFields(name: string): Promise<Record<string, string>> {
  const type = (await buildApiSchema()).getType(name);
  if (!type || !isInputObjectType(type)) throw new Error(`${name} is not an input type`);
  return Object.fromEntries(Object.values((type as GraphQLInputObjectType).getFields()).map((f) => [f.name, `${getNamedType(f.type).name}${isNonNullType(f.type) ? '!' : ''}`]));
}

describe('inputs derived from the domain schemas', () => {
  it('gives CreateSeriesInput exactly the fields of ZSeriesInput, required where the schema requires them', async () => {
    expect(await inputFields('CreateSeriesInput')).toEqual({
      slug: 'String!',
      name: 'LocalizedTextInput!',
      shortName: 'LocalizedTextInput!',
      description: 'LocalizedTextInput!',
      regionCode: 'String!',
      partnerCountryCode: 'String',
      theme: 'ThemeChoiceInput!',
      focusTrackSlugs: 'String!',
      status: 'EditionStatus',
      published: 'Boolean',
    });
    expect(Object.keys(await inputFields('CreateSeriesInput')).sort()).toEqual(Object.keys(ZSeriesInput.shape).sort());
  });

  it('makes every field of an update optional and leaves out the ones that cannot change', async () => {
    const update = await inputFields('UpdateSeriesInput');
    expect(Object.keys(update).sort()).toEqual(Object.keys(ZSeriesInput.shape).filter((k) => k !== 'slug' && k !== 'published').sort());
    expect(Object.values(update).every((type) => !type.endsWith('!'))).toBe(true);
  });

  it('takes the overrides a field spec gives (an ID for a room)', async () => {
    const session = await inputFields('CreateSessionInput');
    expect(session).toMatchObject({ roomId: 'ID', date: 'String!', startTime: 'String!', kind: 'SessionKind!' });
    expect(Object.keys(session).sort()).toEqual(Object.keys(ZSessionEditInput.shape).sort());
  });
});

describe(fromGraphQL.name, () => {
  const schema = z.object({ name: z.record(z.string(), z.string()), note: z.record(z.string(), z.string()).nullish(), count: z.number().optional(), items: z.array(z.object({ label: z.record(z.string(), z.string()) })).optional() });

  it('turns text lists into text maps (nested too) and null into "not given" where the schema takes no null', () => {
    expect(fromGraphQL(schema, { name: [{ language: 'en', text: 'Hall' }], note: null, count: null, items: [{ label: [{ language: 'ru', text: 'Зал' }] }] })).toEqual({
      name: { en: 'Hall' },
      note: null,
      count: undefined,
      items: [{ label: { ru: 'Зал' } }],
    });
  });

  it('names the field of a language given twice, inside lists too', () => {
    expect(() => fromGraphQL(schema, { name: [], items: [{ label: [{ language: 'en', text: 'a' }, { language: 'en', text: 'b' }] }] })).toThrow('items.0.label gives language "en" twice');
  });
});

describe(applyPatch.name, () => {
  const schema = z.object({ title: z.string(), summary: z.string().optional(), track: z.string().nullish() });
  const current = { title: 'Old', summary: 'Kept', track: 'green' };

  it('keeps a field left out, replaces one given, clears an optional one sent as null and keeps a required one', () => {
    expect(applyPatch(schema, current, {})).toEqual(current);
    expect(applyPatch(schema, current, { title: 'New' })).toEqual({ ...current, title: 'New' });
    expect(applyPatch(schema, current, { summary: null, track: null, title: null })).toEqual({ title: 'Old', summary: undefined, track: null });
  });
});

describe(currentValues.name, () => {
  it('reads the schema fields of a row: calendar dates for dates, "not given" for nulls the schema refuses', () => {
    const schema = z.object({ startDate: z.string().nullish(), hostCity: z.string().optional(), other: z.string() });
    expect(currentValues(schema, { startDate: new Date('2024-10-25T00:00:00Z'), hostCity: null, other: 'x', extra: 1 })).toEqual({ startDate: '2024-10-25', hostCity: undefined, other: 'x' });
  });

  it('finds the object behind a transform', () => {
    expect(Object.keys(objectOf(z.object({ a: z.string() }).transform((v) => v)).shape)).toEqual(['a']);
  });
});
