// GraphQL input types derived from the zod schemas of @caravan/forums, so an entity's fields are
// written once: the domain schema says which fields exist, their types and whether they are
// optional; the api adds only the description of each field (a record typed over the schema's
// keys, so a field added to the schema does not compile until it is described). The same walk
// turns what a client sent back into the schema's input: LocalizedTextInput lists into text maps,
// nulls into "not given" where the schema does not take null.
//
//   const CreateVenueInput = inputType('AddVenueInput', ZVenueInput, { description: '...', fields: VENUE_FIELDS });
//   const venue = parseGraphQLInput(ZVenueInput, input);   // BAD_USER_INPUT naming each bad field
import type { Type } from '@nestjs/common';
import { Prisma } from '@caravan/db';
import { calendarDate } from '@caravan/db/read-models';
import { Field, Float, InputType, Int } from '@nestjs/graphql';
import type { z } from 'zod';
import { parseInput } from '../errors/parse-input.js';
import { graphqlEnumOf } from '../graphql/enums.js';
import { LocalizedTextInput, textRecord } from './localized-text.input.js';

/** Any zod object schema, refined or not (refinements keep `.shape`). */
export type ObjectSchema = z.ZodObject<z.ZodRawShape>;

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type -- GraphQL type references are classes, scalars and enum objects
type GraphQLTypeRef = Function | object | [Function | object];

export interface FieldSpec {
  description: string;
  /** The GraphQL type, where the schema's cannot be derived (a nested input) or another fits better (ID). */
  type?: () => GraphQLTypeRef;
}

/** A description for every field of the schema's input. */
export type FieldDocs<S extends z.ZodType> = { readonly [K in keyof z.input<S> & string]-?: string | FieldSpec };

/** Text maps (Record<string, string>) become lists of LocalizedTextInput; objects their own input. */
type GraphQLValue<T> = T extends readonly (infer I)[]
  ? GraphQLValue<I>[]
  : T extends object
    ? string extends keyof T
      ? LocalizedTextInput[]
      : GraphQLInput<T>
    : T;

/** What a client sends for a create: every field, optional ones nullable. */
export type GraphQLInput<T> = { [K in keyof T]-?: GraphQLValue<NonNullable<T[K]>> | (undefined extends T[K] ? null | undefined : null extends T[K] ? null : never) };

/** What a client sends for an update: any field but the omitted ones, each nullable. */
export type GraphQLPatch<T, Omitted extends keyof T = never> = { [K in Exclude<keyof T, Omitted>]?: GraphQLValue<NonNullable<T[K]>> | null };

export type InputOf<S extends z.ZodType> = GraphQLInput<z.input<S>>;
export type PatchOf<S extends z.ZodType, Omitted extends keyof z.input<S> = never> = GraphQLPatch<z.input<S>, Omitted>;

interface Unwrapped {
  core: z.ZodType;
  /** The field may be left out (optional, or has a default). */
  optional: boolean;
  /** The field takes null. */
  nullable: boolean;
}

/** The zod 4 definition fields this walk reads. */
interface Def {
  type: string;
  innerType?: z.ZodType;
  in?: z.ZodType;
  element?: z.ZodType;
}

const defOf = (schema: z.ZodType): Def => (schema as unknown as { def: Def }).def;

function unwrap(schema: z.ZodType): Unwrapped {
  let core = schema;
  let optional = false;
  let nullable = false;
  for (;;) {
    const def = defOf(core);
    if ((def.type === 'optional' || def.type === 'default' || def.type === 'prefault') && def.innerType) optional = true;
    if (def.type === 'nullable') nullable = true;
    const next = def.type === 'pipe' ? def.in : def.innerType;
    if (!next || !['optional', 'nullable', 'default', 'prefault', 'readonly', 'catch', 'pipe'].includes(def.type)) return { core, optional, nullable };
    core = next;
  }
}

function graphqlTypeOf(core: z.ZodType, where: string): GraphQLTypeRef {
  const def = defOf(core);
  switch (def.type) {
    case 'string':
      return String;
    case 'number':
      return (core as z.ZodNumber).isInt ? Int : Float;
    case 'boolean':
      return Boolean;
    case 'enum':
      // A list of the contract (EditionStatus, SessionKind, ...) is a GraphQL enum; a catalogue's
      // codes (countries, regions) travel as strings, since the catalogue grows as data.
      return graphqlEnumOf((core as z.ZodEnum).options as readonly string[]) ?? String;
    case 'record':
      return [LocalizedTextInput];
    case 'array': {
      const item = graphqlTypeOf(unwrap(def.element as z.ZodType).core, `${where}[]`);
      if (Array.isArray(item)) throw new Error(`${where}: lists of lists have no derived GraphQL type; give one in the field spec`);
      return [item];
    }
    default:
      throw new Error(`${where}: a zod ${def.type} has no derived GraphQL input type; give one in the field spec`);
  }
}

const specOf = (spec: string | FieldSpec): FieldSpec => (typeof spec === 'string' ? { description: spec } : spec);

export interface InputTypeOptions<S extends z.ZodType, Omitted extends keyof z.input<S> & string> {
  description: string;
  fields: FieldDocs<S>;
  /** Fields the input does not offer (e.g. a slug that cannot change). */
  omit?: readonly Omitted[];
  /** An update: every field may be left out, and null clears optional ones. */
  patch?: boolean;
}

/** The object schema whose fields a schema takes: the schema itself, or what its transform reads. */
export function objectOf(schema: z.ZodType): ObjectSchema {
  let current = schema;
  for (let def = defOf(current); def.type === 'pipe' && def.in; def = defOf(current)) current = def.in;
  if (defOf(current).type !== 'object') throw new Error(`a GraphQL input needs an object schema, not a zod ${defOf(current).type}`);
  return current as ObjectSchema;
}

/** Builds the @InputType class `name` from `schema`. */
export function inputType<S extends z.ZodType, Omitted extends keyof z.input<S> & string = never>(
  name: string,
  schema: S,
  options: InputTypeOptions<S, Omitted>,
): Type<unknown> {
  const Input = { [name]: class {} }[name] as Type<unknown>;
  const omitted = new Set<string>(options.omit ?? []);
  for (const [key, field] of Object.entries(objectOf(schema).shape)) {
    if (omitted.has(key)) continue;
    const docs: Readonly<Record<string, string | FieldSpec>> = options.fields;
    const given = docs[key];
    if (given === undefined) throw new Error(`${name}.${key} has no description`);
    const spec = specOf(given);
    const shape = unwrap(field as z.ZodType);
    const type = spec.type ?? ((derived) => () => derived)(graphqlTypeOf(shape.core, `${name}.${key}`));
    Field(type, { description: spec.description, nullable: Boolean(options.patch) || shape.optional || shape.nullable })(Input.prototype, key);
  }
  InputType(name, { description: options.description })(Input);
  return Input;
}

function fromGraphQLValue(core: z.ZodType, value: unknown, path: string): unknown {
  const def = defOf(core);
  if (def.type === 'record') return textRecord(value as LocalizedTextInput[], path);
  if (def.type === 'array' && Array.isArray(value)) {
    const item = unwrap(def.element as z.ZodType).core;
    return value.map((entry, index) => fromGraphQLValue(item, entry, `${path}.${index}`));
  }
  if (def.type === 'object' && typeof value === 'object' && value !== null) return fromGraphQL(core as ObjectSchema, value, `${path}.`);
  return value;
}

/** What a client sent, in the form the schema takes (not yet validated). */
export function fromGraphQL(schema: ObjectSchema, input: object, prefix = ''): Record<string, unknown> {
  const values = input as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(schema.shape)) {
    const value = values[key];
    if (value === undefined) continue;
    const shape = unwrap(field as z.ZodType);
    out[key] = value === null ? (shape.nullable ? null : undefined) : fromGraphQLValue(shape.core, value, `${prefix}${key}`);
  }
  return out;
}

/**
 * An update applied to the current values: a field left out keeps its value, null clears an
 * optional field (and keeps a required one), anything else replaces it.
 */
export function applyPatch(schema: ObjectSchema, current: Readonly<Record<string, unknown>>, patch: object): Record<string, unknown> {
  const values = patch as Record<string, unknown>;
  const out: Record<string, unknown> = { ...current };
  for (const [key, field] of Object.entries(schema.shape)) {
    const value = values[key];
    if (value === undefined) continue;
    const shape = unwrap(field as z.ZodType);
    if (value !== null) out[key] = fromGraphQLValue(shape.core, value, key);
    else if (shape.nullable) out[key] = null;
    else if (shape.optional) out[key] = undefined;
  }
  return out;
}

/** fromGraphQL, then the schema's validation: BAD_USER_INPUT naming every bad field. */
export function parseGraphQLInput<S extends z.ZodType>(schema: S, input: object): z.output<S> {
  return parseInput(schema, fromGraphQL(objectOf(schema), input));
}

/** applyPatch, then the schema's validation. */
export function parsePatch<S extends z.ZodType>(schema: S, current: Readonly<Record<string, unknown>>, patch: object): z.output<S> {
  return parseInput(schema, applyPatch(objectOf(schema), current, patch));
}

/** A stored value in the form the schema takes: dates as calendar dates, decimals as numbers. */
function inputValue(value: unknown): unknown {
  if (value instanceof Date) return calendarDate(value);
  if (value instanceof Prisma.Decimal) return value.toNumber();
  return value;
}

/**
 * The schema's input as the stored row holds it, for an update to apply its patch to: every
 * field of the schema the row has a column for, nulls as "not given" where the schema takes none.
 */
export function currentValues(schema: z.ZodType, row: object): Record<string, unknown> {
  const values = row as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(objectOf(schema).shape)) {
    if (!(key in values)) continue;
    const value = values[key];
    out[key] = value === null ? (unwrap(field as z.ZodType).nullable ? null : undefined) : inputValue(value);
  }
  return out;
}
