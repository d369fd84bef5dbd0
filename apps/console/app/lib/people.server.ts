// People of a series for pickers and lists, with every language version of their names the api
// holds (it answers one language per request, so the console asks once per console language).
import { PeopleListDocument, type PeopleListQuery } from '../generated/graphql.js';
import { CONSOLE_LOCALES, type ConsoleLocale } from '../i18n/console-i18n.js';
import { fromApi } from './api.server.js';
import type { Organizer } from './auth.server.js';

type PersonNode = PeopleListQuery['people']['edges'][number]['node'];

export interface PersonSummary {
  slug: string;
  country: string | null;
  organization: string | null;
  /** The name in the page's language (or the api's fallback). */
  name: string;
  /** The versions the api really holds, by console language. */
  names: Partial<Record<ConsoleLocale, string>>;
  positions: Partial<Record<ConsoleLocale, string>>;
}

const own = (text: { text: string; fallback: boolean } | null | undefined) => (text && !text.fallback ? text.text : undefined);

/** Up to 100 people of the series (the api's page size), by slug. */
export async function listPeople(organizer: Organizer, series: string, locale: ConsoleLocale, filter?: { country: string | null; organization: string | null }): Promise<{ people: PersonSummary[]; total: number }> {
  const pages = await Promise.all(
    CONSOLE_LOCALES.map(async (lang) => [lang, (await fromApi(() => organizer.client.request(PeopleListDocument, { series, lang, first: 100, filter: filter ?? null, after: null }))).people] as const),
  );
  const byLang = new Map<ConsoleLocale, Map<string, PersonNode>>(pages.map(([lang, page]) => [lang, new Map(page.edges.map((edge) => [edge.node.slug, edge.node]))]));
  const first = pages.find(([lang]) => lang === locale)?.[1] ?? pages[0]?.[1];
  const people = (first?.edges ?? []).map(({ node }) => {
    const versions = (pick: (person: PersonNode) => { text: string; fallback: boolean } | null | undefined) =>
      Object.fromEntries(CONSOLE_LOCALES.map((lang) => [lang, own(pick(byLang.get(lang)?.get(node.slug) ?? node))]).filter(([, text]) => text !== undefined)) as Partial<Record<ConsoleLocale, string>>;
    return {
      slug: node.slug,
      country: node.country?.code ?? null,
      organization: node.organization?.slug ?? null,
      name: node.name.text,
      names: versions((person) => person.name),
      positions: versions((person) => person.position),
    };
  });
  return { people, total: first?.totalCount ?? 0 };
}
