// Delegation invitations of an edition: per delegation, the members it registered so far (through
// its link or an import) and a form that sends a new invitation link with the delegation's quota.
// The link is shown once, on the page the form answers (the api keeps only a hash of its token).
import { data, type ActionFunctionArgs, type LoaderFunctionArgs } from '@remix-run/node';
import { useActionData, useLoaderData } from '@remix-run/react';
import { ConsoleForm, FormTitle, SelectField, SubmitButton, TextField } from '../components/form.js';
import { DelegationApplicationsDocument, EditionDelegationsDocument } from '../generated/graphql.js';
import { STATUS_LABELS } from '../lib/accreditation-queue.js';
import { readQueueEdition } from '../lib/accreditation.server.js';
import { organizerAction } from '../lib/action.server.js';
import { fromApi, notFound } from '../lib/api.server.js';
import { languageChoices } from '../lib/edition-input.js';
import { formatInstant } from '../lib/format.server.js';
import { openPlace } from '../lib/page.server.js';
import { pageTitle } from '../lib/page-title.js';
import { resolveLocale } from '../lib/locale.server.js';
import { useConsole } from '../lib/use-console.js';

export const meta = pageTitle('invitations.title');

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { organizer, locale, series, edition: number } = await openPlace(request, params, 'invitations');
  const [queueEdition, { edition }] = await Promise.all([
    readQueueEdition(organizer, series, number ?? 0, locale),
    fromApi(() => organizer.client.request(EditionDelegationsDocument, { series, number: number ?? 0, lang: locale })),
  ]);
  if (!edition) notFound(`Edition ${number ?? ''}`);
  const delegations = await Promise.all(
    edition.delegations.map(async (delegation) => {
      const registered = await fromApi(() => organizer.client.request(DelegationApplicationsDocument, { editionId: queueEdition.id, delegationId: delegation.id }));
      return {
        id: delegation.id,
        country: delegation.country ? `${delegation.country.name.text} (${delegation.country.code})` : '—',
        head: delegation.head?.name.text ?? null,
        members: registered.applications.edges.map(({ node }) => ({
          reference: node.reference,
          name: `${node.givenName} ${node.familyName}`,
          category: queueEdition.categoryNames[node.category] ?? node.category,
          status: node.status,
        })),
      };
    }),
  );
  return data({ number: edition.number, delegations, languages: languageChoices(locale), locale }, { headers: organizer.headers });
}

interface SentInvitation {
  sent: { delegation: string; url: string; expiresAt: string; email: string | null };
}

export function action({ request }: ActionFunctionArgs) {
  return organizerAction<ReturnType<typeof data<SentInvitation>>>(
    request,
    { fields: { memberQuota: 'memberQuota', email: 'email', language: 'language', expiresInDays: 'expiresInDays', delegationId: 'delegationId' } },
    async ({ organizer, intent, text, refuse, t }) => {
      if (intent !== 'invite') throw new Response(`Unknown intent "${intent}"`, { status: 400 });
      const whole = (name: string) => (text(name) === '' ? null : Number(text(name)));
      const memberQuota = whole('memberQuota');
      const expiresInDays = whole('expiresInDays');
      const problems = [
        ...(memberQuota !== null && (!Number.isInteger(memberQuota) || memberQuota < 0) ? [{ field: 'memberQuota', code: null, message: t('invitations.quotaInvalid') }] : []),
        ...(expiresInDays !== null && (!Number.isInteger(expiresInDays) || expiresInDays < 1 || expiresInDays > 90) ? [{ field: 'expiresInDays', code: null, message: t('invitations.daysInvalid') }] : []),
      ];
      if (problems.length > 0) refuse(problems);
      const email = text('email') || null;
      const link = await organizer.client.mutation.createDelegationInvitation({
        delegationId: text('delegationId'),
        language: text('language') || 'en',
        email,
        memberQuota,
        expiresInDays,
      });
      const { locale } = await resolveLocale(request);
      return data({ sent: { delegation: text('label'), url: link.url, expiresAt: formatInstant(link.expiresAt, locale), email } }, { headers: organizer.headers });
    },
  );
}

const isSent = (value: unknown): value is SentInvitation => typeof value === 'object' && value !== null && 'sent' in value;

export default function Invitations() {
  const { number, delegations, languages, locale } = useLoaderData<typeof loader>();
  const answer = useActionData<typeof action>();
  const { t } = useConsole();
  const sent = isSent(answer) ? answer.sent : null;
  return (
    <>
      <h1>{t('invitations.heading', { number })}</h1>
      <p className="muted">{t('invitations.intro')}</p>
      {sent ? (
        <div className="notice notice--success" role="status">
          <p>{t(sent.email ? 'invitations.sentMailed' : 'invitations.sent', { delegation: sent.delegation, email: sent.email ?? '', expiresAt: sent.expiresAt })}</p>
          <p>
            <label htmlFor="invitation-link">{t('invitations.link')}</label>
            <input id="invitation-link" className="invitation-link" readOnly value={sent.url} />
          </p>
        </div>
      ) : null}
      {delegations.length === 0 ? <p>{t('invitations.noDelegations')}</p> : null}
      {delegations.map((delegation) => (
        <section key={delegation.id} className="card" aria-labelledby={`invite-${delegation.id}-title`} data-delegation={delegation.country}>
          <ConsoleForm id={`invite-${delegation.id}`}>
            <FormTitle id={`invite-${delegation.id}`}>{delegation.country}</FormTitle>
            <p className="muted">
              {t('delegations.head')}: {delegation.head ?? '—'}
            </p>
            <h3>{t('invitations.members', { count: delegation.members.length })}</h3>
            {delegation.members.length > 0 ? (
              <ul className="members">
                {delegation.members.map((member) => (
                  <li key={member.reference}>
                    {member.name} ({member.reference}) · {member.category} · {t(STATUS_LABELS[member.status])}
                  </li>
                ))}
              </ul>
            ) : (
              <p className="muted">{t('invitations.noMembers')}</p>
            )}
            <input type="hidden" name="delegationId" value={delegation.id} />
            <input type="hidden" name="label" value={delegation.country} />
            <TextField name="memberQuota" type="number" label={t('invitations.quota')} hint={t('invitations.quotaHint')} />
            <TextField name="email" type="email" label={t('invitations.email')} hint={t('invitations.emailHint')} />
            <SelectField name="language" label={t('invitations.language')} choices={languages} defaultValue={locale === 'zh-Hans' ? 'zh-Hans' : locale} required />
            <TextField name="expiresInDays" type="number" label={t('invitations.days')} hint={t('invitations.daysHint')} defaultValue="14" />
            <SubmitButton intent="invite" label={t('invitations.send', { delegation: delegation.country })} />
          </ConsoleForm>
        </section>
      ))}
    </>
  );
}
