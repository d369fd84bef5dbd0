// One agreement of the registry: where it stands, its milestones, the lifecycle moves its status
// allows (from @caravan/forums' agreement lifecycle; the api applies the same table), a milestone
// form, and unpublishing or deleting it.
import { AGREEMENT_STATUSES, nextAgreementStatuses } from '@caravan/forums/agreements';
import type { AgreementStatus } from '@caravan/sdk/schema-types';
import { data, type ActionFunctionArgs, type LoaderFunctionArgs } from '@remix-run/node';
import { Link, useLoaderData } from '@remix-run/react';
import { ActionButton, ConsoleForm, FormTitle, SelectField, SubmitButton, TextField } from '../components/form.js';
import { organizerAction } from '../lib/action.server.js';
import { notFound } from '../lib/api.server.js';
import { agreementRow, findAgreement } from '../lib/agreements.server.js';
import { localizedInput } from '../lib/localized-input.js';
import { openPlace } from '../lib/page.server.js';
import { pageTitle } from '../lib/page-title.js';
import { useConsole } from '../lib/use-console.js';

export const meta = pageTitle('agreements.detailTitle');

const isStatus = (value: string): value is AgreementStatus => (AGREEMENT_STATUSES as readonly string[]).includes(value);

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { organizer, locale, series } = await openPlace(request, params, 'agreements');
  const agreement = await findAgreement(organizer, series, params['agreementId'] ?? '', locale);
  if (!agreement) notFound(`Agreement ${params['agreementId'] ?? ''}`);
  return data(
    { agreement: agreementRow(agreement, locale), next: nextAgreementStatuses(agreement.status), back: `/series/${encodeURIComponent(series)}/agreements` },
    { headers: organizer.headers },
  );
}

export function action({ request, params }: ActionFunctionArgs) {
  const series = params['series'] ?? '';
  const id = params['agreementId'] ?? '';
  const back = `/series/${encodeURIComponent(series)}/agreements`;
  const here = `${back}/${id}`;
  return organizerAction(request, { fields: { to: 'to', status: 'status', date: 'date', note: 'note_en', edition: 'edition' } }, async ({ organizer, form, intent, text, done, refuse, t }) => {
    const client = organizer.client;
    const note = localizedInput(form, 'note');
    const status = text(intent === 'transition' ? 'to' : 'status');
    if ((intent === 'transition' || intent === 'milestone') && !isStatus(status)) refuse([{ field: intent === 'transition' ? 'to' : 'status', code: 'REQUIRED', message: t('agreements.statusMissing') }]);
    const to = isStatus(status) ? status : 'SIGNED';
    switch (intent) {
      case 'transition':
        await client.mutation.transitionAgreement({ id, to, date: text('date'), ...(note.length ? { note } : {}) });
        return done(here, { kind: 'success', message: 'agreements.moved', values: { status: t(`agreementStatus.${to}`) } });
      case 'milestone':
        await client.mutation.addAgreementMilestone({ id, status: to, date: text('date'), ...(note.length ? { note } : {}), ...(text('edition') ? { edition: Number(text('edition')) } : {}) });
        return done(here, { kind: 'success', message: 'agreements.milestoneAdded' });
      case 'unpublish': {
        const agreement = await client.mutation.unpublishAgreement({ id });
        return done(back, { kind: 'info', message: 'agreements.unpublished', values: { title: agreement.title.text }, draft: { kind: 'agreement', id, label: agreement.title.text } });
      }
      case 'delete':
        await client.mutation.deleteAgreement({ id });
        return done(back, { kind: 'success', message: 'agreements.deleted' });
      default:
        throw new Response(`Unknown intent "${intent}"`, { status: 400 });
    }
  });
}

export default function AgreementPage() {
  const { agreement, next, back } = useLoaderData<typeof loader>();
  const { t } = useConsole();
  const statusChoice = (status: AgreementStatus) => ({ value: status, label: t(`agreementStatus.${status}`) });
  return (
    <>
      <p className="breadcrumb">
        <Link to={back}>{t('agreements.back')}</Link>
      </p>
      <h1>{agreement.title}</h1>
      <dl className="figures">
        <div className="figures__item">
          <dt>{t('agreements.status')}</dt>
          <dd>{t(`agreementStatus.${agreement.status}`)}</dd>
        </div>
        <div className="figures__item">
          <dt>{t('agreements.type')}</dt>
          <dd>{t(`agreementType.${agreement.type}`)}</dd>
        </div>
        <div className="figures__item">
          <dt>{t('agreements.value')}</dt>
          <dd>{agreement.confidential ? t('agreements.confidential') : agreement.value ?? '—'}</dd>
        </div>
      </dl>
      {agreement.summary ? <p>{agreement.summary}</p> : null}
      <p>
        {t('agreements.parties')}: {agreement.parties}
      </p>
      <div className="toolbar">
        <ActionButton id="unpublish" intent="unpublish" label={t('session.unpublish')} />
        <ActionButton id="delete" intent="delete" label={t('agreements.delete')} danger />
      </div>
      <h2>{t('agreements.milestones')}</h2>
      {agreement.milestones.length === 0 ? <p>{t('agreements.noMilestones')}</p> : null}
      <ol>
        {agreement.milestones.map((milestone) => (
          <li key={milestone.id}>
            {milestone.date}: {t(`agreementStatus.${milestone.status}`)}
            {milestone.note ? ` — ${milestone.note}` : ''}
          </li>
        ))}
      </ol>
      {next.length > 0 ? (
        <ConsoleForm id="transition">
          <FormTitle id="transition">{t('agreements.moveTitle')}</FormTitle>
          <SelectField name="to" label={t('agreements.moveTo')} choices={next.map(statusChoice)} required />
          <TextField name="date" type="date" label={t('agreements.stepDate')} required />
          <TextField name="note_en" label={t('agreements.note')} />
          <SubmitButton label={t('agreements.move')} intent="transition" />
        </ConsoleForm>
      ) : (
        <p className="muted">{t('agreements.final')}</p>
      )}
      <ConsoleForm id="milestone">
        <FormTitle id="milestone">{t('agreements.milestoneTitle')}</FormTitle>
        <SelectField name="status" label={t('agreements.status')} choices={[agreement.status, ...next].map(statusChoice)} defaultValue={agreement.status} required />
        <TextField name="date" type="date" label={t('agreements.stepDate')} required />
        <TextField name="edition" type="number" label={t('agreements.reportingEdition')} hint={t('agreements.reportingEditionHint')} />
        <TextField name="note_en" label={t('agreements.note')} />
        <SubmitButton label={t('agreements.addMilestone')} intent="milestone" />
      </ConsoleForm>
    </>
  );
}
