// "Add to calendar" for one session: the session alone as an iCalendar file.
import { createTranslator } from '@caravan/i18n';
import type { LoaderFunctionArgs } from '@remix-run/node';
import { editionPath } from '../lib/edition-frame.js';
import { localizedHref } from '../lib/href.js';
import { sessionCalendar } from '../lib/session-ics.server.js';
import { loadSession } from '../lib/session-page.server.js';

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { locale, page: edition, session } = await loadSession({ request, params });
  const origin = new URL(request.url).origin;
  const body = sessionCalendar({
    sessionId: session.id,
    seriesSlug: edition.series.slug,
    title: session.title.text,
    description: session.description?.text ?? null,
    startsAt: session.startsAt,
    endsAt: session.endsAt,
    location: [session.room?.name.text, session.room?.venueName.text, edition.hostCity.text].filter(Boolean).join(', '),
    url: `${origin}${localizedHref(editionPath(edition, `sessions/${session.slug}`), locale)}`,
    calendarName: createTranslator(locale)('edition.title', { series: edition.series.name.text, number: edition.number }),
  });
  return new Response(body, {
    headers: {
      'Content-Type': 'text/calendar; charset=utf-8',
      'Content-Disposition': `attachment; filename="${edition.series.slug}-${edition.number}-${session.slug}.ics"`,
    },
  });
}
