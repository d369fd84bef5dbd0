// The participant's own application, reached through the link mailed to them: its status and
// history, the answers given, the draft completed with the same form as registration, and
// withdrawal after a confirmation. Every step is a plain form; nothing needs JavaScript.
import { randomUUID } from 'node:crypto';
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node';
import { Form, Link, useActionData, useLoaderData, useParams } from '@remix-run/react';
import { IntlText } from '../components/intl-text.js';
import { RegistrationForm } from '../components/registration-form.js';
import { RegistrationHeader } from '../components/registration-header.js';
import { registrationMessages, registrationTranslator } from '../i18n/registration/registration-i18n.js';
import { fromApi, notFound } from '../lib/caravan.server.js';
import { formatInstantDate } from '../lib/format.js';
import { localizedHref } from '../lib/href.js';
import { resolveLocale } from '../lib/locale.server.js';
import { answerRows } from '../lib/registration/answer-rows.js';
import { isApplicationStatus } from '../lib/registration/application-status.js';
import { countryOptions, editionContext, languageOptions } from '../lib/registration/edition-context.server.js';
import { readRegistrationBody } from '../lib/registration/form-body.server.js';
import { formAnswers } from '../lib/registration/form-answers.server.js';
import { askedFields, formValues, singleValue, valuesFromAnswers } from '../lib/registration/form-model.js';
import type { FormProblem } from '../lib/registration/problems.js';
import { loadMyApplication, updateMyApplication, withdrawMyApplication } from '../lib/registration/registration.server.js';
import { useRegistrationText } from '../lib/registration/use-registration-text.js';
import { usePortal } from '../lib/use-portal.js';

/** A link token as the api issues them: URL-safe characters, bounded. */
function tokenParam(value: string | undefined): string | null {
  return value && /^[A-Za-z0-9._~-]{16,512}$/.test(value) ? value : null;
}

const NOTICES = ['saved', 'submitted', 'withdrawn'] as const;
type Notice = (typeof NOTICES)[number];

async function load(request: Request, token: string) {
  const { locale } = await resolveLocale(request);
  const application = await fromApi(() => loadMyApplication(token, locale));
  if (!application) return { locale, application: null } as const;
  const context = await editionContext(request, application.edition.seriesSlug, application.edition.number);
  const category = context.registration.categories.find((c) => c.slug === application.category.slug) ?? null;
  return { locale, application, context, category } as const;
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const token = tokenParam(params['token']);
  if (!token) notFound();
  const loaded = await load(request, token);
  const url = new URL(request.url);
  const notice = NOTICES.find((value) => value === url.searchParams.get('done')) ?? null;
  const text = { ...registrationMessages(loaded.locale), title: registrationTranslator(loaded.locale)('application.title') };
  if (!loaded.application) return { ...text, application: null, notice: null } as const;
  const { application, context, category } = loaded;
  const countries = countryOptions(context.locale);
  const languages = languageOptions(context.locale);
  return {
    ...text,
    application,
    notice,
    confirmWithdraw: url.searchParams.get('withdraw') === '1' && application.withdrawable,
    edition: context.edition,
    pageTheme: context.pageTheme,
    registration: context.registration,
    category,
    countries,
    languages,
    idempotencyKey: randomUUID(),
  } as const;
}

export const meta: MetaFunction<typeof loader> = ({ data: page }) => (page ? [{ title: page.title }, { name: 'robots', content: 'noindex' }] : []);

export async function action({ request, params }: ActionFunctionArgs) {
  const token = tokenParam(params['token']);
  if (!token) notFound();
  const { langParam } = await resolveLocale(request);
  const back = (notice: Notice) => redirect(localizedHref(`/application/${encodeURIComponent(token)}?done=${notice}`, langParam));
  const body = await readRegistrationBody(request);
  const values = formValues(body.form);
  const intent = singleValue(values, 'intent');
  if (intent === 'withdraw') {
    const reason = singleValue(values, 'reason').trim().slice(0, 1000) || null;
    await fromApi(() => withdrawMyApplication(token, reason));
    return back('withdrawn');
  }
  const loaded = await load(request, token);
  if (!loaded.application || !loaded.category || !loaded.application.editable) return redirect(localizedHref(`/application/${encodeURIComponent(token)}`, langParam));
  const { registration } = loaded.context;
  const refuse = (problems: FormProblem[]) => data({ problems, values, idempotencyKey: randomUUID() }, { status: 400 });
  const form = await formAnswers(body, values, registration, loaded.category);
  if (!form.ok) return refuse(form.problems);
  const { answers } = form;
  const submit = intent !== 'draft';
  const expectedVersion = Number(singleValue(values, 'version')) || undefined;
  const outcome = await fromApi(() => updateMyApplication(token, answers, submit, expectedVersion));
  if (!outcome.ok) return refuse(outcome.problems);
  return back(submit ? 'submitted' : 'saved');
}

export default function ApplicationRoute() {
  const page = useLoaderData<typeof loader>();
  const refused = useActionData<typeof action>();
  const t = useRegistrationText();
  const { href, locale, t: portalT } = usePortal();
  const { token = '' } = useParams();
  if (!page.application) {
    return (
      <div className="page registration-page">
        <h1>{t('application.title')}</h1>
        <p className="notice" role="alert">
          {t('application.invalidLink')}
        </p>
        <p>
          <Link to={href('/')}>{portalT('nav.home')}</Link>
        </p>
      </div>
    );
  }
  const { application, edition, registration, category } = page;
  const fields = category ? askedFields(registration.fields, category) : [];
  const names = { countries: new Map(page.countries.map((c) => [c.code, c.name])), languages: new Map(page.languages.map((l) => [l.code, l.name])) };
  const rows = answerRows(t, fields, application.answers, names);
  const status = isApplicationStatus(application.status) ? t(`appStatus.${application.status}`) : application.status;
  const self = `/application/${encodeURIComponent(token)}`;
  return (
    <div className="page registration-page">
      <RegistrationHeader edition={edition} title={t('application.title')} />
      {page.notice && (
        <p className="notice" role="status">
          {t(page.notice === 'saved' ? 'application.saved' : page.notice === 'submitted' ? 'application.submitted' : 'application.withdrawn')}
        </p>
      )}
      <dl className="answers application-facts">
        <dt>{t('application.reference')}</dt>
        <dd>
          <strong>{application.reference}</strong>
        </dd>
        <dt>{t('application.status')}</dt>
        <dd className="application-status">{status}</dd>
        <dt>{t('application.category')}</dt>
        <dd>{application.category.name}</dd>
      </dl>

      {application.history.length > 0 && (
        <section aria-labelledby="history">
          <h2 id="history">{t('application.history')}</h2>
          <ol className="plain-list">
            {application.history.map((entry, index) => (
              <li key={index}>
                <IntlText>{formatInstantDate(entry.at, locale, 'UTC')}</IntlText>: {isApplicationStatus(entry.status) ? t(`appStatus.${entry.status}`) : entry.status}
              </li>
            ))}
          </ol>
        </section>
      )}

      {application.editable && category ? (
        <section aria-labelledby="edit">
          <h2 id="edit">{t('application.edit')}</h2>
          <RegistrationForm
            fields={fields}
            category={category}
            privacyNotice={registration.privacyNotice}
            values={refused?.values ?? valuesFromAnswers(application.answers)}
            problems={refused?.problems ?? []}
            idempotencyKey={refused?.idempotencyKey ?? page.idempotencyKey}
            countries={page.countries}
            languages={page.languages}
            allowDraft
            hidden={{ version: String(application.version) }}
          />
        </section>
      ) : (
        rows.length > 0 && (
          <section aria-labelledby="answers">
            <h2 id="answers">{t('application.answers')}</h2>
            <dl className="answers">
              {rows.map((row) => (
                <div key={row.key}>
                  <dt>{row.label}</dt>
                  <dd>{row.value}</dd>
                </div>
              ))}
            </dl>
          </section>
        )
      )}

      {application.withdrawable &&
        (page.confirmWithdraw ? (
          <section aria-labelledby="withdraw" className="withdraw-confirmation">
            <h2 id="withdraw">{t('application.withdraw')}</h2>
            <p role="alert">{t('application.withdrawConfirm')}</p>
            <Form method="post" className="registration-form">
              <div className="form-field">
                <label htmlFor="withdraw-reason">{t('application.withdrawReason')}</label>
                <textarea id="withdraw-reason" name="reason" maxLength={1000} rows={3} />
              </div>
              <div className="form-actions">
                <button type="submit" name="intent" value="withdraw" className="button button--primary">
                  {t('application.withdrawYes')}
                </button>
                <Link to={href(self)} className="button">
                  {t('application.withdrawNo')}
                </Link>
              </div>
            </Form>
          </section>
        ) : (
          <p>
            <Link to={href(`${self}?withdraw=1`)} className="button">
              {t('application.withdraw')}
            </Link>
          </p>
        ))}
    </div>
  );
}
