// The programme editor's grid: one section per day of the edition (its local dates), rooms as
// columns, sessions placed by their local times. Each session opens its form (edit, move,
// people, publish, delete); each day offers a new session. Everything works by keyboard: the
// sessions are links in time order.
import { data, type LoaderFunctionArgs } from '@remix-run/node';
import { Link, useLoaderData } from '@remix-run/react';
import type { CSSProperties } from 'react';
import { openPlace } from '../lib/page.server.js';
import { pageTitle } from '../lib/page-title.js';
import { layoutDay } from '../lib/programme-grid.js';
import { loadEdition, programmeChoices } from '../lib/programme.server.js';
import { useConsole } from '../lib/use-console.js';

export const meta = pageTitle('programme.title');

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { organizer, locale, series, edition: number } = await openPlace(request, params, 'programme');
  const edition = await loadEdition(organizer, series, number ?? 0, locale);
  const choices = programmeChoices(edition, locale);
  const rooms = edition.rooms.map((room) => ({ id: room.id, label: room.name.text }));
  const grids = choices.days.map((day) => {
    const grid = layoutDay(
      day.value,
      rooms,
      edition.sessions.map((session) => ({ id: session.id, localDate: session.localDate, localStart: session.localStart, localEnd: session.localEnd, roomId: session.room?.id ?? null })),
    );
    return { ...grid, heading: day.heading };
  });
  const sessions = Object.fromEntries(
    edition.sessions.map((session) => [
      session.id,
      {
        title: session.title.text,
        time: `${session.localStart}–${session.localEnd}`,
        kind: session.kind,
        room: rooms.find((room) => room.id === session.room?.id)?.label ?? null,
        speakers: session.speakers.length,
      },
    ]),
  );
  return data(
    {
      number: edition.number,
      theme: edition.theme.text,
      city: edition.hostCity.text,
      timeZone: edition.timeZone,
      hasDates: choices.days.length > 0,
      rooms,
      grids,
      sessions,
      base: `/series/${encodeURIComponent(series)}/editions/${edition.number}/programme`,
    },
    { headers: organizer.headers },
  );
}

export default function ProgrammeGrid() {
  const { number, city, timeZone, hasDates, rooms, grids, sessions, base } = useLoaderData<typeof loader>();
  const { t } = useConsole();
  return (
    <>
      <h1>{t('programme.heading', { number, city })}</h1>
      <p className="muted">{t('programme.timesNote', { timeZone })}</p>
      <p className="muted">{t('programme.publishedOnly')}</p>
      {!hasDates ? <p className="notice notice--info">{t('programme.noDates')}</p> : null}
      <p>
        <Link to={`${base}/new`} className="button">
          {t('programme.newSession')}
        </Link>
      </p>
      {grids.map((grid) => {
        const columnLabels = grid.columns.map((column) => (column.roomId === null ? t('session.noRoom') : rooms.find((room) => room.id === column.roomId)?.label ?? ''));
        const style: CSSProperties = {
          gridTemplateColumns: `4.5rem repeat(${grid.columns.length}, minmax(7.5rem, 1fr))`,
          gridTemplateRows: `auto repeat(${grid.rows}, 0.9rem)`,
        };
        return (
          <section key={grid.date} className="programme-day" aria-labelledby={`day-${grid.date}`}>
            <div className="programme-day__head">
              <h2 id={`day-${grid.date}`}>{grid.heading}</h2>
              <Link to={`${base}/new?date=${grid.date}`}>{t('programme.newSessionOn', { day: grid.heading })}</Link>
            </div>
            <div className="programme-grid" style={style}>
              {columnLabels.map((label, index) => (
                <div key={index} className="programme-grid__room" style={{ gridColumn: index + 2, gridRow: 1 }} aria-hidden="true">
                  {label}
                </div>
              ))}
              {grid.hours.map((hour) => (
                <div key={hour.label} className="programme-grid__hour" style={{ gridColumn: 1, gridRow: `${hour.row} / span 4` }} aria-hidden="true">
                  {hour.label}
                </div>
              ))}
              {grid.placements.map((placement) => {
                const session = sessions[placement.id];
                if (!session) return null;
                return (
                  <Link
                    key={placement.id}
                    to={`${base}/${placement.id}`}
                    className={`programme-grid__session kind-${session.kind.toLowerCase()}`}
                    style={{ gridColumn: placement.column, gridRow: `${placement.rowStart} / ${placement.rowEnd}` }}
                  >
                    <span className="programme-grid__time">{session.time}</span> <span className="programme-grid__title">{session.title}</span>
                    <span className="visually-hidden">, {session.room ?? t('session.noRoom')}</span>
                  </Link>
                );
              })}
            </div>
          </section>
        );
      })}
    </>
  );
}
