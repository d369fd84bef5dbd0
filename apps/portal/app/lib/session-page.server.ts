// The session a page's address names, found in its edition's programme: the session page and its
// calendar file share this lookup, and both answer 404 for a slug the edition does not publish.
import type { LoaderFunctionArgs } from '@remix-run/node';
import { recordSlugParam } from './address.js';
import { notFound, pages } from './caravan.server.js';
import { loadEditionPage, type LoadedEditionPage } from './edition-loader.server.js';
import type { ProgrammeSessionFragment, SessionPage } from './page-data.js';

export interface LoadedSession extends LoadedEditionPage<SessionPage> {
  session: ProgrammeSessionFragment;
}

export async function loadSession({ request, params }: Pick<LoaderFunctionArgs, 'request' | 'params'>): Promise<LoadedSession> {
  const slug = recordSlugParam(params['session']);
  if (slug === null) notFound();
  const loaded = await loadEditionPage(request, params, ({ slug: series, number, locale }) => pages.session(series, number, locale), (page) => page);
  const session = loaded.page.sessions.find((candidate) => candidate.slug === slug);
  if (!session) notFound();
  return { ...loaded, session };
}
