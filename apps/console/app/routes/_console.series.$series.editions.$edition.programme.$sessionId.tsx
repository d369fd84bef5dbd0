// One session of the programme: its details (editing them moves it: day, times, room), its
// people, publishing and deleting. Each form comes back with its own problems and values.
import type { CaravanClient } from '@caravan/sdk';
import type { SessionRole } from '@caravan/sdk/schema-types';
import { data, type ActionFunctionArgs, type LoaderFunctionArgs } from '@remix-run/node';
import { Link, useLoaderData } from '@remix-run/react';
import { ActionButton } from '../components/form.js';
import { SessionForm } from '../components/session-form.js';
import { NewPersonForm, SESSION_ROLES, SpeakersForm } from '../components/speakers-form.js';
import { ProgrammeEditorDocument } from '../generated/graphql.js';
import { can } from '../lib/access.js';
import { organizerAction } from '../lib/action.server.js';
import { notFound } from '../lib/api.server.js';
import { localizedFieldMap, localizedInput, slugify, textField } from '../lib/localized-input.js';
import { editionParam, openPlace } from '../lib/page.server.js';
import { pageTitle } from '../lib/page-title.js';
import { listPeople } from '../lib/people.server.js';
import { loadEdition, programmeChoices, sessionFieldMap, sessionInput, sessionTitles } from '../lib/programme.server.js';
import { SESSION_KINDS } from '../lib/programme-vocabulary.js';
import { useConsole } from '../lib/use-console.js';

export const meta = pageTitle('session.editTitle');

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { organizer, locale, series, edition: number } = await openPlace(request, params, 'programme');
  const edition = await loadEdition(organizer, series, number ?? 0, locale);
  const session = edition.sessions.find((candidate) => candidate.id === params['sessionId']);
  // The api lists published sessions only: a draft or deleted session cannot be opened here.
  if (!session) notFound(`Session ${params['sessionId'] ?? ''}`);
  const [titles, { people }] = await Promise.all([sessionTitles(organizer, series, edition.number, session.id), listPeople(organizer, series, locale)]);
  const choices = programmeChoices(edition, locale);
  // People already in the session stay choosable even when the people list does not reach them.
  const known = new Map(people.map((person) => [person.slug, person.name]));
  for (const speaker of session.speakers) if (!known.has(speaker.person.slug)) known.set(speaker.person.slug, speaker.person.name.text);
  return data(
    {
      session: {
        id: session.id,
        version: session.version,
        title: session.title.text,
        values: {
          titles,
          slug: session.slug,
          kind: session.kind,
          date: session.localDate,
          startTime: session.localStart,
          endTime: session.localEnd,
          roomId: session.room?.id ?? '',
          trackSlug: session.track?.slug ?? '',
          languages: session.languages,
        },
        speakers: session.speakers.map((speaker) => ({ person: speaker.person.slug, role: speaker.role })),
      },
      choices,
      people: [...known].map(([slug, name]) => ({ value: slug, label: `${name} (${slug})` })).sort((a, b) => a.label.localeCompare(b.label)),
      mayPublish: can(organizer.viewer, 'content.unpublish', { series, edition: edition.number }),
      mayCreatePeople: can(organizer.viewer, 'people.edit', { series }),
      back: `/series/${encodeURIComponent(series)}/editions/${edition.number}/programme`,
    },
    { headers: organizer.headers },
  );
}

const isRole = (value: string): value is SessionRole => (SESSION_ROLES as readonly string[]).includes(value);

function speakerRows(form: FormData): { person: string; role: SessionRole }[] {
  const rows = Number(form.get('rows') ?? 0);
  const speakers: { person: string; role: SessionRole }[] = [];
  for (let index = 0; index < rows && index < 200; index += 1) {
    const person = String(form.get(`person_${index}`) ?? '');
    const role = String(form.get(`role_${index}`) ?? 'SPEAKER');
    if (person) speakers.push({ person, role: isRole(role) ? role : 'SPEAKER' });
  }
  return speakers;
}

export async function action({ request, params }: ActionFunctionArgs) {
  const form = await request.clone().formData();
  const series = params['series'] ?? '';
  const number = editionParam(params) ?? 0;
  const id = params['sessionId'] ?? '';
  const back = `/series/${encodeURIComponent(series)}/editions/${number}/programme`;
  const here = `${back}/${id}`;
  const fields = { ...sessionFieldMap(form), ...localizedFieldMap(form, 'name'), ...localizedFieldMap(form, 'position'), 'input.slug': 'slug', person: 'speakers' };
  return organizerAction(request, { fields }, async ({ organizer, form: sent, intent, done, refuse, t, text }) => {
    const client = organizer.client;
    switch (intent) {
      case 'save': {
        const { slug, ...input } = sessionInput(sent);
        // The version the form was loaded at: an edit made meanwhile by someone else is not overwritten.
        const version = Number.parseInt(text('expectedVersion'), 10);
        const updated = await client.mutation.updateSession({
          id,
          input: { ...input, slug, roomId: input.roomId ?? null, trackSlug: input.trackSlug ?? null },
          ...(Number.isInteger(version) ? { expectedVersion: version } : {}),
        });
        return done(here, { kind: 'success', message: 'session.saved', values: { title: updated.title.text } });
      }
      case 'speakers': {
        await client.mutation.setSessionSpeakers({ id, speakers: speakerRows(sent) });
        return done(here, { kind: 'success', message: 'speakers.saved' });
      }
      case 'add-person': {
        const name = localizedInput(sent, 'name');
        const position = localizedInput(sent, 'position');
        const english = name.find((entry) => entry.language === 'en')?.text ?? '';
        const slug = text('slug') || slugify(english);
        if (!english) refuse([{ field: textField('name', 'en'), code: 'REQUIRED', message: t('person.nameMissing') }]);
        const role = text('role');
        const person = await client.mutation.createPerson({ series, input: { slug, name, position, published: sent.get('published') === 'on' } });
        const current = await currentSpeakers(organizer.client, series, number, id);
        await client.mutation.setSessionSpeakers({ id, speakers: [...current, { person: person.slug, role: isRole(role) ? role : 'SPEAKER' }] });
        return done(here, { kind: 'success', message: 'person.createdAndAdded', values: { name: english } });
      }
      case 'unpublish': {
        const session = await client.mutation.unpublishSession({ id });
        const label = `${session.title.text} (${session.localDate} ${session.localStart})`;
        return done(back, { kind: 'info', message: 'session.unpublished', values: { title: label }, draft: { kind: 'session', id, label } });
      }
      case 'delete': {
        await client.mutation.deleteSession({ id });
        return done(back, { kind: 'success', message: 'session.deleted' });
      }
      default:
        throw new Response(`Unknown intent "${intent}"`, { status: 400 });
    }
  });
}

/** The session's people as the api has them now, to append a new person to. */
async function currentSpeakers(client: CaravanClient, series: string, number: number, id: string): Promise<{ person: string; role: SessionRole }[]> {
  const { edition } = await client.request(ProgrammeEditorDocument, { series, number, lang: 'en' });
  const session = edition?.sessions.find((candidate) => candidate.id === id);
  return (session?.speakers ?? []).map((speaker) => ({ person: speaker.person.slug, role: speaker.role }));
}

export default function SessionPage() {
  const { session, choices, people, mayPublish, mayCreatePeople, back } = useLoaderData<typeof loader>();
  const { t } = useConsole();
  return (
    <>
      <p className="breadcrumb">
        <Link to={back}>{t('programme.back')}</Link>
      </p>
      <h1>{session.title}</h1>
      <div className="toolbar">
        {mayPublish ? <ActionButton id="unpublish" intent="unpublish" label={t('session.unpublish')} /> : null}
        <ActionButton id="delete" intent="delete" label={t('session.delete')} danger />
      </div>
      <SessionForm id="session" title={t('session.details')} choices={choices} kinds={SESSION_KINDS} creating={false} initial={session.values} version={session.version} />
      <SpeakersForm speakers={session.speakers} people={people} />
      {mayCreatePeople ? <NewPersonForm /> : null}
    </>
  );
}
