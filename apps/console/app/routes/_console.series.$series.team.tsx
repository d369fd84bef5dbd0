// The series' team: grant or revoke a role for the whole series or one edition, and create an
// organizer account to grant roles to. Invitations by mail come with a later api.
import type { OrganizerRole } from '@caravan/sdk/schema-types';
import { data, type ActionFunctionArgs, type LoaderFunctionArgs } from '@remix-run/node';
import { useLoaderData } from '@remix-run/react';
import { ActionButton, ConsoleForm, FormTitle, SelectField, SubmitButton, TextField } from '../components/form.js';
import { SeriesDashboardDocument } from '../generated/graphql.js';
import { ORGANIZER_ROLES } from '../lib/access.js';
import { organizerAction } from '../lib/action.server.js';
import { fromApi, notFound } from '../lib/api.server.js';
import { formatInstant } from '../lib/format.server.js';
import { openPlace } from '../lib/page.server.js';
import { pageTitle } from '../lib/page-title.js';
import { recordedGrants } from '../lib/team.server.js';
import { useConsole } from '../lib/use-console.js';

export const meta = pageTitle('team.title');

const isRole = (value: string): value is OrganizerRole => (ORGANIZER_ROLES as readonly string[]).includes(value);

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { organizer, locale, series } = await openPlace(request, params, 'team');
  const [dashboard, grants] = await Promise.all([fromApi(() => organizer.client.request(SeriesDashboardDocument, { series, lang: locale })), recordedGrants(organizer, series)]);
  if (!dashboard.series) notFound(series);
  const editionNumber = new Map(dashboard.series.editions.map((edition) => [edition.id, edition.number]));
  return data(
    {
      editions: dashboard.series.editions.map((edition) => edition.number),
      grants: grants.map((grant) => ({ ...grant, edition: grant.editionId ? editionNumber.get(grant.editionId) ?? null : null, grantedAt: formatInstant(grant.grantedAt, locale) })),
      own: organizer.viewer.roles.filter((grant) => grant.seriesSlug === series).map((grant) => ({ id: grant.id, role: grant.role, edition: grant.editionNumber })),
    },
    { headers: organizer.headers },
  );
}

export function action({ request, params }: ActionFunctionArgs) {
  const series = params['series'] ?? '';
  const here = `/series/${encodeURIComponent(series)}/team`;
  return organizerAction(request, { fields: { userEmail: 'email', email: 'email', role: 'role', editionNumber: 'edition', displayName: 'displayName', password: 'password' } }, async ({ organizer, form, intent, text, done, refuse, t }) => {
    const client = organizer.client;
    if (intent === 'grant') {
      const role = text('role');
      const edition = text('edition');
      if (!text('email')) refuse([{ field: 'email', code: 'REQUIRED', message: t('team.emailMissing') }]);
      if (!isRole(role)) refuse([{ field: 'role', code: 'REQUIRED', message: t('team.roleMissing') }]);
      const grant = await client.mutation.grantRole({ userEmail: text('email'), role: isRole(role) ? role : 'CHECKIN_STAFF', seriesSlug: series, editionNumber: edition ? Number(edition) : null });
      return done(here, { kind: 'success', message: 'team.granted', values: { email: text('email'), role: t(`role.${grant.role}`) } });
    }
    if (intent === 'revoke') {
      await client.mutation.revokeRole({ grantId: text('grantId') });
      return done(here, { kind: 'success', message: 'team.revoked' });
    }
    if (intent === 'create-account') {
      const account = await client.mutation.createOrganizer({ email: text('email'), displayName: text('displayName'), password: String(form.get('password') ?? ''), seriesSlug: series });
      return done(here, { kind: 'success', message: 'team.accountCreated', values: { email: account.email } });
    }
    throw new Response(`Unknown intent "${intent}"`, { status: 400 });
  });
}

export default function Team() {
  const { editions, grants, own } = useLoaderData<typeof loader>();
  const { t } = useConsole();
  const roleChoices = ORGANIZER_ROLES.map((role) => ({ value: role, label: t(`role.${role}`) }));
  const scope = (edition: number | null) => (edition === null ? t('team.wholeSeries') : t('nav.edition', { number: edition }));
  return (
    <>
      <h1>{t('team.title')}</h1>
      <p className="muted">{t('team.intro')}</p>
      <h2>{t('team.grants')}</h2>
      <p className="muted">{t('team.grantsSource')}</p>
      {grants.length === 0 ? <p>{t('team.noGrants')}</p> : null}
      {grants.length > 0 ? (
        <div className="table-scroll">
          <table className="data-table">
            <caption className="visually-hidden">{t('team.grants')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('team.email')}</th>
                <th scope="col">{t('team.role')}</th>
                <th scope="col">{t('team.scope')}</th>
                <th scope="col">{t('team.grantedAt')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('team.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {grants.map((grant) => (
                <tr key={grant.id}>
                  <td>{grant.email}</td>
                  <td>{t(`role.${grant.role}`)}</td>
                  <td>{scope(grant.edition)}</td>
                  <td>{grant.grantedAt}</td>
                  <td>
                    <ActionButton id={`revoke-${grant.id}`} intent="revoke" label={t('team.revoke', { email: grant.email })} hidden={{ grantId: grant.id }} danger />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      <h2>{t('team.yourGrants')}</h2>
      <ul>
        {own.map((grant) => (
          <li key={grant.id}>
            {t(`role.${grant.role}`)}, {scope(grant.edition)}
          </li>
        ))}
      </ul>
      <ConsoleForm id="grant">
        <FormTitle id="grant">{t('team.grantTitle')}</FormTitle>
        <TextField name="email" type="email" label={t('team.email')} hint={t('team.emailHint')} required />
        <SelectField name="role" label={t('team.role')} choices={roleChoices} defaultValue="PROGRAMME_EDITOR" required />
        <SelectField name="edition" label={t('team.scope')} choices={editions.map((number) => ({ value: String(number), label: scope(number) }))} empty={t('team.wholeSeries')} />
        <SubmitButton label={t('team.grant')} intent="grant" />
      </ConsoleForm>
      <ConsoleForm id="account">
        <FormTitle id="account">{t('team.accountTitle')}</FormTitle>
        <TextField name="email" type="email" label={t('team.email')} required autoComplete="off" />
        <TextField name="displayName" label={t('team.displayName')} required />
        <TextField name="password" type="password" label={t('team.password')} hint={t('team.passwordHint')} required autoComplete="new-password" />
        <SubmitButton label={t('team.createAccount')} intent="create-account" />
      </ConsoleForm>
    </>
  );
}
