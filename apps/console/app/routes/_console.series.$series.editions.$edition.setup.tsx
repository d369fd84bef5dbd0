// An edition's setup before its programme: the tracks it runs (from the series' focus tracks in
// the taxonomy, or custom ones) and its venues with their rooms. Each form is one api write, all
// or nothing: a refused track or room leaves nothing of its form written.
import { data, type ActionFunctionArgs, type LoaderFunctionArgs } from '@remix-run/node';
import { Link, useLoaderData } from '@remix-run/react';
import { CheckboxGroup, ConsoleForm, FormTitle, SubmitButton, TextField } from '../components/form.js';
import { NamesFields } from '../components/names-fields.js';
import { EditionSetupDocument } from '../generated/graphql.js';
import { organizerAction } from '../lib/action.server.js';
import { fromApi, notFound } from '../lib/api.server.js';
import { localizedFieldMap, localizedInput, slugify, textField } from '../lib/localized-input.js';
import { editionParam, openPlace } from '../lib/page.server.js';
import { pageTitle } from '../lib/page-title.js';
import { useConsole } from '../lib/use-console.js';

export const meta = pageTitle('setup.title');

/** Rooms one venue form adds at once. */
const ROOM_ROWS = 3;

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { organizer, locale, series, edition: number } = await openPlace(request, params, 'edition-setup');
  const result = await fromApi(() => organizer.client.request(EditionSetupDocument, { series, number: number ?? 0, lang: locale }));
  if (!result.edition || !result.series) notFound(`Edition ${number ?? ''} of ${series}`);
  const present = new Set(result.edition.tracks.map((track) => track.slug));
  return data(
    {
      number: result.edition.number,
      city: result.edition.hostCity.text,
      tracks: result.edition.tracks.map((track) => ({ slug: track.slug, name: track.name.text })),
      rooms: result.edition.rooms.map((room) => ({ id: room.id, name: room.name.text, venue: room.venueName.text })),
      focusTracks: result.series.focusTracks.filter((track) => !present.has(track.slug)).map((track) => ({ value: track.slug, label: track.name.text })),
      programme: `/series/${encodeURIComponent(series)}/editions/${result.edition.number}/programme`,
    },
    { headers: organizer.headers },
  );
}

export async function action({ request, params }: ActionFunctionArgs) {
  const form = await request.clone().formData();
  const series = params['series'] ?? '';
  const number = editionParam(params) ?? 0;
  const here = `/series/${encodeURIComponent(series)}/editions/${number}/setup`;
  const roomRows = Object.fromEntries(Array.from({ length: ROOM_ROWS }, (_, index) => [`rooms.${index}`, `room_${index}`]));
  const fields = { ...localizedFieldMap(form, 'trackName', 'name'), ...localizedFieldMap(form, 'venueName', 'name'), slug: 'slug', taxonomySlug: 'tracks', tracks: 'tracks', ...roomRows };
  return organizerAction(request, { fields }, async ({ organizer, form: sent, intent, text, done, refuse, t }) => {
    const client = organizer.client;
    switch (intent) {
      case 'tracks': {
        const chosen = sent.getAll('tracks').map(String);
        if (chosen.length === 0) refuse([{ field: 'tracks', code: 'REQUIRED', message: t('setup.tracksMissing') }]);
        await client.mutation.addTracks({ series, number, tracks: chosen.map((slug) => ({ slug, taxonomySlug: slug })) });
        return done(here, { kind: 'success', message: 'setup.tracksAdded', values: { count: chosen.length } });
      }
      case 'custom-track': {
        const name = localizedInput(sent, 'trackName');
        const slug = text('slug') || slugify(name.find((entry) => entry.language === 'en')?.text ?? '');
        if (name.length === 0) refuse([{ field: textField('trackName', 'en'), code: 'REQUIRED', message: t('setup.nameMissing') }]);
        await client.mutation.addTrack({ series, number, input: { slug, name } });
        return done(here, { kind: 'success', message: 'setup.trackAdded', values: { name: name[0]?.text ?? slug } });
      }
      case 'venue': {
        const name = localizedInput(sent, 'venueName');
        if (name.length === 0) refuse([{ field: textField('venueName', 'en'), code: 'REQUIRED', message: t('setup.nameMissing') }]);
        const rooms = Array.from({ length: ROOM_ROWS }, (_, index) => text(`room_${index}`)).filter(Boolean);
        if (rooms.length === 0) refuse([{ field: 'room_0', code: 'REQUIRED', message: t('setup.roomsMissing') }]);
        await client.mutation.addVenue({
          series,
          number,
          input: { slug: slugify(name[0]?.text ?? ''), name },
          rooms: rooms.map((room, index) => ({ slug: slugify(room), name: [{ language: 'en', text: room }], position: index })),
        });
        return done(here, { kind: 'success', message: 'setup.venueAdded', values: { name: name[0]?.text ?? '', count: rooms.length } });
      }
      default:
        throw new Response(`Unknown intent "${intent}"`, { status: 400 });
    }
  });
}

export default function EditionSetup() {
  const { number, city, tracks, rooms, focusTracks, programme } = useLoaderData<typeof loader>();
  const { t } = useConsole();
  return (
    <>
      <h1>{t('setup.heading', { number, city })}</h1>
      <p>
        <Link to={programme} className="button">
          {t('setup.toProgramme')}
        </Link>
      </p>
      <h2>{t('setup.tracks')}</h2>
      {tracks.length === 0 ? <p className="muted">{t('setup.noTracks')}</p> : null}
      <ul>
        {tracks.map((track) => (
          <li key={track.slug}>{track.name}</li>
        ))}
      </ul>
      {focusTracks.length > 0 ? (
        <ConsoleForm id="tracks">
          <FormTitle id="tracks">{t('setup.addFocusTracks')}</FormTitle>
          <CheckboxGroup name="tracks" legend={t('setup.focusTracks')} choices={focusTracks} defaultValue={[]} />
          <SubmitButton label={t('setup.addTracks')} intent="tracks" />
        </ConsoleForm>
      ) : null}
      <ConsoleForm id="custom-track">
        <FormTitle id="custom-track">{t('setup.customTrack')}</FormTitle>
        <NamesFields base="trackName" label="setup.trackNameIn" />
        <TextField name="slug" label={t('setup.slug')} hint={t('setup.slugHint')} />
        <SubmitButton label={t('setup.addTrack')} intent="custom-track" />
      </ConsoleForm>
      <h2>{t('setup.rooms')}</h2>
      {rooms.length === 0 ? <p className="muted">{t('setup.noRooms')}</p> : null}
      <ul>
        {rooms.map((room) => (
          <li key={room.id}>{t('setup.roomLine', { room: room.name, venue: room.venue })}</li>
        ))}
      </ul>
      <ConsoleForm id="venue">
        <FormTitle id="venue">{t('setup.addVenue')}</FormTitle>
        <NamesFields base="venueName" label="setup.venueNameIn" />
        <fieldset className="field-group">
          <legend>{t('setup.venueRooms')}</legend>
          {Array.from({ length: ROOM_ROWS }, (_, index) => (
            <TextField key={index} name={`room_${index}`} label={t('setup.roomName', { position: index + 1 })} />
          ))}
        </fieldset>
        <SubmitButton label={t('setup.addVenueSubmit')} intent="venue" />
      </ConsoleForm>
    </>
  );
}
