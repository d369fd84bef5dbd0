// The language of a GraphQL request, worked out once before execution from the `lang` arguments
// of its root fields (a literal or a variable): every text of the response is resolved to it. A
// query whose root fields ask for different languages is refused, as is a tag that is not BCP 47;
// without any `lang`, the answer is in English.
import { getOperationAST, Kind, type DocumentNode, type SelectionSetNode, type ValueNode } from 'graphql';
import { z } from 'zod';
import { badField } from '../errors/app-error.js';
import { parseInput } from '../errors/parse-input.js';
import { DEFAULT_LANGUAGE } from './request-context.js';

export const ZLanguageTag = z
  .string()
  .trim()
  .regex(/^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'must be a BCP 47 language tag such as "en", "ru" or "zh-Hans"');

function argumentValue(value: ValueNode, variables: Readonly<Record<string, unknown>>, defaults: ReadonlyMap<string, ValueNode>): unknown {
  if (value.kind === Kind.STRING) return value.value;
  if (value.kind === Kind.NULL) return undefined;
  if (value.kind === Kind.VARIABLE) {
    const name = value.name.value;
    if (variables[name] !== undefined) return variables[name] ?? undefined;
    const fallback = defaults.get(name);
    return fallback ? argumentValue(fallback, {}, new Map()) : undefined;
  }
  // Any other literal is a type error GraphQL validation has already refused.
  return undefined;
}

export function requestLanguage(document: DocumentNode, variables: Readonly<Record<string, unknown>> = {}, operationName?: string | null): string {
  const operation = getOperationAST(document, operationName ?? undefined);
  if (!operation) return DEFAULT_LANGUAGE;
  const fragments = new Map(document.definitions.flatMap((d) => (d.kind === Kind.FRAGMENT_DEFINITION ? [[d.name.value, d] as const] : [])));
  const defaults = new Map(operation.variableDefinitions?.flatMap((v) => (v.defaultValue ? [[v.variable.name.value, v.defaultValue] as const] : [])) ?? []);
  const asked = new Set<string>();
  const visit = (selections: SelectionSetNode): void => {
    for (const selection of selections.selections) {
      if (selection.kind === Kind.FIELD) {
        const arg = selection.arguments?.find((a) => a.name.value === 'lang');
        const value = arg ? argumentValue(arg.value, variables, defaults) : undefined;
        if (value !== undefined) asked.add(parseInput(z.object({ lang: ZLanguageTag }), { lang: value }).lang);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        visit(selection.selectionSet);
      } else {
        const fragment = fragments.get(selection.name.value);
        if (fragment) visit(fragment.selectionSet);
      }
    }
  };
  visit(operation.selectionSet);
  if (asked.size > 1) {
    throw badField('lang', `differs between root fields (${[...asked].join(', ')}); a query answers in one language, so ask for the others in separate queries`);
  }
  return asked.values().next().value ?? DEFAULT_LANGUAGE;
}

