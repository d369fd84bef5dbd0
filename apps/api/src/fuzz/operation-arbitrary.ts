// Generates GraphQL operations from the schema itself, so that every root field (and every field
// added later) is fuzzed without a list to keep in step: arguments from their declared types
// (hostile values mixed with the database's own ids), a random selection of the answer's fields,
// several aliases, and now and then a document that is not GraphQL at all.
import fc from 'fast-check';
import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLObjectType,
  type GraphQLOutputType,
  type GraphQLSchema,
} from 'graphql';
import { hostileFloat, hostileInt, hostileString, wrongKind, type KnownValues } from './hostile-values.js';

export type OperationKind = 'query' | 'mutation';

export interface FuzzOperation {
  kind: OperationKind | 'malformed';
  /** The root field called, or a description of a malformed document. */
  field: string;
  query: string;
  variables: Record<string, unknown>;
}

const MAX_INPUT_DEPTH = 4;

/** Plausible calls carry well-formed values of the right kind (so they reach the writers); hostile ones anything. */
type Mode = 'plausible' | 'hostile';

/** Where a value goes: the root field called and the argument or input field's name. */
interface Hint {
  root: string;
  name: string;
}

const VERBS = /^(?:create|update|delete|publish|unpublish|transition|add|remove|set|grant|revoke|request)/;

/** The records a plausible value of this name should come from: a session id for updateSession's id, a person slug for personSlug. */
function poolFor(hint: Hint, known: KnownValues): readonly string[] {
  const entities = known.entities ?? {};
  const name = hint.name.toLowerCase();
  if (name === 'series' || name === 'seriesslug') return known.slugs;
  if (name.endsWith('email')) return known.emails;
  const kind = name.endsWith('slugs') || name.endsWith('slug') ? 'slugs' : name.endsWith('ids') || name.endsWith('id') ? 'ids' : null;
  if (!kind) return [];
  const stem = name.replace(/(?:slugs?|ids?)$/, '');
  const root = hint.root.replace(VERBS, '').toLowerCase();
  const entity = stem ? Object.keys(entities).find((key) => stem === key || stem.startsWith(key)) : Object.keys(entities).sort((a, b) => b.length - a.length).find((key) => root.startsWith(key));
  return entity ? (entities[entity]?.[kind] ?? []) : [];
}

function inputValue(type: GraphQLInputType, known: KnownValues, depth: number, mode: Mode, hint: Hint): fc.Arbitrary<unknown> {
  if (mode === 'plausible') return plausibleValue(type, known, depth, hint);
  if (isNonNullType(type)) {
    // A null where a value is required must be refused as cleanly as a wrong one.
    return fc.oneof({ weight: 30, arbitrary: inputValue(type.ofType, known, depth, mode, hint) }, { weight: 1, arbitrary: fc.constant(null) });
  }
  if (depth > MAX_INPUT_DEPTH) return fc.constant(null);
  const value = ((): fc.Arbitrary<unknown> => {
    if (isListType(type)) {
      const item = inputValue(type.ofType as GraphQLInputType, known, depth + 1, mode, hint);
      return fc.oneof(
        { weight: 10, arbitrary: fc.array(item, { maxLength: 4 }) },
        // Lists far past any sensible size (of small items: the size is the point).
        { weight: 1, arbitrary: fc.constantFrom(...known.ids, ...known.slugs).map((one) => Array.from({ length: 5_000 }, () => one)) },
      );
    }
    if (isEnumType(type)) {
      return fc.oneof({ weight: 10, arbitrary: fc.constantFrom(...type.getValues().map((v) => v.name)) }, { weight: 1, arbitrary: hostileString(known) });
    }
    if (isInputObjectType(type)) {
      const fields = Object.values(type.getFields());
      const model = Object.fromEntries(fields.map((field) => [field.name, inputValue(field.type, known, depth + 1, mode, { root: hint.root, name: field.name })]));
      const requiredKeys = fields.filter((field) => isNonNullType(field.type) && field.defaultValue === undefined).map((field) => field.name);
      return fc.record(model, { requiredKeys });
    }
    if (isScalarType(type)) {
      switch (type.name) {
        case 'Int':
          return hostileInt(known);
        case 'Float':
          return hostileFloat();
        case 'Boolean':
          return fc.boolean();
        default:
          return hostileString(known);
      }
    }
    return fc.constant(null);
  })();
  return fc.oneof({ weight: 25, arbitrary: value }, { weight: 2, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: wrongKind() });
}

const LANGUAGES = ['ru', 'zh-Hans', 'kk', 'ka', 'hy'] as const;
const text = fc.string({ unit: 'grapheme', minLength: 1, maxLength: 30 }).filter((value) => value.trim().length > 0);
/** A localized text as the api requires it: English first, each language once. */
const localizedText = fc
  .tuple(text, fc.subarray([...LANGUAGES], { maxLength: 2 }), fc.array(text, { minLength: 2, maxLength: 2 }))
  .map(([english, others, texts]) => [{ language: 'en', text: english }, ...others.map((language, i) => ({ language, text: texts[i] ?? english }))]);
const kebab = fc.stringMatching(/^[a-z][a-z0-9]{2,10}(?:-[a-z0-9]{2,8})?$/);

/** Strings whose form the api checks, by the name they go under. */
function shapedString(hint: Hint): fc.Arbitrary<string> | null {
  const name = hint.name;
  if (/date$/i.test(name)) return fc.integer({ min: 25, max: 28 }).map((day) => `2024-10-${day}`);
  if (/time$/i.test(name)) return fc.tuple(fc.integer({ min: 8, max: 20 }), fc.constantFrom(0, 30)).map(([h, m]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`);
  if (/At$/.test(name)) return fc.date({ min: new Date('2024-10-25T00:00:00Z'), max: new Date('2024-10-29T00:00:00Z'), noInvalidDate: true }).map((date) => date.toISOString());
  if (/^(?:countryCode|country)$/.test(name)) return fc.constantFrom('CN', 'KZ', 'KG', 'TJ', 'TM', 'UZ');
  if (/^(?:lang|language|languages|interpretation)$/i.test(name)) return fc.constantFrom('en', ...LANGUAGES);
  if (/^(?:slug|head|person|organization|track|room)$/.test(name)) return kebab;
  return null;
}

function plausibleValue(type: GraphQLInputType, known: KnownValues, depth: number, hint: Hint): fc.Arbitrary<unknown> {
  if (isNonNullType(type)) return plausibleValue(type.ofType, known, depth, hint);
  if (isListType(type) && getNamedType(type).name === 'LocalizedTextInput') return localizedText;
  if (isListType(type)) return depth > MAX_INPUT_DEPTH ? fc.constant([]) : fc.array(plausibleValue(type.ofType as GraphQLInputType, known, depth + 1, hint), { maxLength: 3 });
  if (isEnumType(type)) return fc.constantFrom(...type.getValues().map((v) => v.name));
  if (isInputObjectType(type)) {
    if (depth > MAX_INPUT_DEPTH) return fc.constant(null);
    const fields = Object.values(type.getFields());
    const model = Object.fromEntries(fields.map((field) => [field.name, plausibleValue(field.type, known, depth + 1, { root: hint.root, name: field.name })]));
    return fc.record(model, { requiredKeys: fields.filter((field) => isNonNullType(field.type)).map((field) => field.name) });
  }
  if (isScalarType(type)) {
    switch (type.name) {
      case 'Int':
        if (/^(?:number|edition|editionNumber)$/.test(hint.name)) return fc.constantFrom(...known.editionNumbers);
        return fc.oneof(fc.constantFrom(...known.editionNumbers), fc.integer({ min: 1, max: 100 }));
      case 'Float':
        return fc.double({ min: 0, max: 1e9, noNaN: true });
      case 'Boolean':
        return fc.boolean();
      default: {
        const pool = poolFor(hint, known);
        const shaped = shapedString(hint);
        if (pool.length > 0) return fc.oneof({ weight: 9, arbitrary: fc.constantFrom(...pool) }, { weight: 1, arbitrary: shaped ?? fc.constantFrom(...known.ids) });
        if (shaped) return shaped;
        return fc.oneof(
          { weight: 3, arbitrary: fc.constantFrom(...known.slugs, ...known.ids, 'en', 'ru', 'zh-Hans') },
          { weight: 2, arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 30 }) },
          { weight: 1, arbitrary: fc.date({ min: new Date('2024-10-25T00:00:00Z'), max: new Date('2026-12-31T00:00:00Z'), noInvalidDate: true }).map((date) => date.toISOString()) },
        );
      }
    }
  }
  return fc.constant(null);
}

/** Values for a field's arguments: required ones always, optional ones now and then. */
function argumentValues(root: string, args: readonly GraphQLArgument[], known: KnownValues, mode: Mode): fc.Arbitrary<Partial<Record<string, unknown>>> {
  const model = Object.fromEntries(args.map((arg) => [arg.name, inputValue(arg.type, known, 0, mode, { root, name: arg.name })]));
  const requiredKeys = args.filter((arg) => isNonNullType(arg.type) && arg.defaultValue === undefined).map((arg) => arg.name);
  return fc.record(model, { requiredKeys });
}

function selectableFields(type: GraphQLObjectType): GraphQLField<unknown, unknown>[] {
  return Object.values(type.getFields()).filter((field) => field.args.every((arg) => !isNonNullType(arg.type) || arg.defaultValue !== undefined));
}

/** A selection set for an answer type: some of its leaves and, near the root, some nested objects. */
function selection(type: GraphQLOutputType, depth: number): fc.Arbitrary<string> {
  const named = getNamedType(type);
  if (isLeafType(named)) return fc.constant('');
  if (!isObjectType(named) || depth > 3) return fc.constant('{ __typename }');
  const fields = selectableFields(named);
  const leaves = fields.filter((field) => isLeafType(getNamedType(field.type)));
  const objects = depth < 3 ? fields.filter((field) => !isLeafType(getNamedType(field.type))) : [];
  return fc
    .tuple(
      fc.subarray(leaves),
      fc.subarray(objects, { maxLength: Math.min(3, objects.length) }).chain((chosen) => fc.tuple(...chosen.map((field) => selection(field.type, depth + 1).map((sub) => `${field.name} ${sub}`)))),
    )
    .map(([chosenLeaves, nested]) => `{ __typename ${[...chosenLeaves.map((field) => field.name), ...nested].join(' ')} }`);
}

function rootCall(kind: OperationKind, field: GraphQLField<unknown, unknown>, known: KnownValues, mode: Mode): fc.Arbitrary<FuzzOperation> {
  return fc
    .tuple(argumentValues(field.name, field.args, known, mode), selection(field.type, 0), fc.oneof({ weight: 20, arbitrary: fc.constant(1) }, { weight: 1, arbitrary: fc.integer({ min: 2, max: 60 }) }))
    .map(([values, selected, aliases]) => {
      const given = field.args.filter((arg) => values[arg.name] !== undefined);
      const declarations = given.map((arg) => `$${arg.name}: ${String(arg.type)}`).join(', ');
      const call = `${field.name}${given.length ? `(${given.map((arg) => `${arg.name}: $${arg.name}`).join(', ')})` : ''} ${selected}`;
      const body = Array.from({ length: aliases }, (_, index) => (aliases === 1 ? call : `a${index}: ${call}`)).join(' ');
      return {
        kind,
        field: field.name,
        query: `${kind} Fuzz${declarations ? `(${declarations})` : ''} { ${body} }`,
        variables: Object.fromEntries(given.map((arg) => [arg.name, values[arg.name]])),
      };
    });
}

/** Documents that are not valid GraphQL, or are valid but built to exhaust a server. */
function malformed(): fc.Arbitrary<FuzzOperation> {
  const raw = (field: string, query: fc.Arbitrary<string>) => query.map((text): FuzzOperation => ({ kind: 'malformed', field, query: text, variables: {} }));
  return fc.oneof(
    raw('random text', fc.string({ unit: 'binary', maxLength: 300 })),
    raw('deep nesting', fc.integer({ min: 50, max: 5_000 }).map((depth) => `{ ${'series(slug: "x") { editions { '.repeat(depth)}`)),
    raw('unclosed braces', fc.integer({ min: 100, max: 100_000 }).map((depth) => '{'.repeat(depth))),
    raw('many aliases', fc.integer({ min: 100, max: 5_000 }).map((count) => `{ ${Array.from({ length: count }, (_, i) => `a${i}: __typename`).join(' ')} }`)),
    raw('fragment cycle', fc.constant('query { ...A } fragment A on Query { ...B } fragment B on Query { ...A }')),
    raw('introspection', fc.constant('{ __schema { types { name fields { name args { name type { name } } } } } }')),
    raw('many operations', fc.constant('query A { __typename } query B { __typename }')),
  );
}

/** Every root field of the schema's Query and Mutation types, each called through its own arbitrary. */
export function rootFields(schema: GraphQLSchema): { kind: OperationKind; field: GraphQLField<unknown, unknown> }[] {
  const query = schema.getQueryType();
  const mutation = schema.getMutationType();
  return [
    ...Object.values(query?.getFields() ?? {}).map((field) => ({ kind: 'query' as const, field })),
    ...Object.values(mutation?.getFields() ?? {}).map((field) => ({ kind: 'mutation' as const, field })),
  ];
}

export function operationArbitrary(schema: GraphQLSchema, known: KnownValues): fc.Arbitrary<FuzzOperation> {
  const calls = (mode: Mode) => fc.oneof(...rootFields(schema).map(({ kind, field }) => rootCall(kind, field, known, mode)));
  return fc.oneof({ weight: 15, arbitrary: calls('plausible') }, { weight: 15, arbitrary: calls('hostile') }, { weight: 1, arbitrary: malformed() });
}
