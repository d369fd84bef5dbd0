// GraphQL input for a text in several languages, as a list of (language, text) pairs: typed
// and self-describing in the schema, unlike a JSON scalar. Turned into the LocalizedText
// record that ZLocalizedText validates.
import { Field, InputType } from '@nestjs/graphql';
import { badField } from '../errors/app-error.js';

@InputType('LocalizedTextInput', { description: 'One language version of a text. A text needs at least an English ("en") version.' })
export class LocalizedTextInput {
  @Field({ description: 'BCP 47 language tag, e.g. en, ru, zh-Hans, kk.' })
  language: string;

  @Field({ description: 'The text in that language (not empty).' })
  text: string;
}

/** The record form of a localized text; undefined when the input left the field out. */
export function textRecord(entries: readonly LocalizedTextInput[], field: string): Record<string, string>;
export function textRecord(entries: readonly LocalizedTextInput[] | null | undefined, field: string): Record<string, string> | undefined;
export function textRecord(entries: readonly LocalizedTextInput[] | null | undefined, field: string): Record<string, string> | undefined {
  if (entries == null) return undefined;
  const record: Record<string, string> = {};
  for (const entry of entries) {
    if (Object.hasOwn(record, entry.language)) {
      throw badField(field, `gives language "${entry.language}" twice; give each language once`);
    }
    record[entry.language] = entry.text;
  }
  return record;
}
