// A delegation's registration page, reached through its invitation link: the delegation, its
// places taken of its quota, the members registered so far, and the registration form (the same
// as the public one) to add a member in one of the categories the invitation allows.
import { randomUUID } from 'node:crypto';
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node';
import { Form, Link, useActionData, useLoaderData, useParams } from '@remix-run/react';
import { RegistrationForm } from '../components/registration-form.js';
import { RegistrationHeader } from '../components/registration-header.js';
import { registrationMessages, registrationTranslator } from '../i18n/registration/registration-i18n.js';
import { fromApi, notFound } from '../lib/caravan.server.js';
import { localizedHref } from '../lib/href.js';
import { resolveLocale } from '../lib/locale.server.js';
import { isApplicationStatus, referenceParam } from '../lib/registration/application-status.js';
import { countryOptions, editionContext, languageOptions } from '../lib/registration/edition-context.server.js';
import { readRegistrationBody } from '../lib/registration/form-body.server.js';
import { formAnswers } from '../lib/registration/form-answers.server.js';
import { askedFields, formValues, singleValue } from '../lib/registration/form-model.js';
import type { FormProblem } from '../lib/registration/problems.js';
import { loadDelegationInvitation, registerDelegationMember } from '../lib/registration/registration.server.js';
import { delegationCategory } from '../lib/registration/delegation-category.js';
import type { RegistrationView } from '../lib/registration/registration-view.js';
import type { DelegationInvitationView } from '../lib/registration/registration.server.js';
import { useRegistrationText } from '../lib/registration/use-registration-text.js';
import { usePortal } from '../lib/use-portal.js';

function tokenParam(value: string | undefined): string | null {
  return value && /^[A-Za-z0-9._~-]{16,512}$/.test(value) ? value : null;
}

/** The category chosen (by ?category= or because it is the only one), with the questions it asks. */
function chosen(invitation: DelegationInvitationView, registration: RegistrationView, slug: string | null) {
  const category = slug ? invitation.categories.find((candidate) => candidate.slug === slug) : invitation.categories.length === 1 ? invitation.categories[0] : undefined;
  return category ? delegationCategory(category, registration) : null;
}

async function load(request: Request, token: string) {
  const { locale } = await resolveLocale(request);
  const invitation = await fromApi(() => loadDelegationInvitation(token, locale));
  if (!invitation) return { locale, invitation: null } as const;
  const context = await editionContext(request, invitation.seriesSlug, invitation.editionNumber);
  return { locale, invitation, context } as const;
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const token = tokenParam(params['token']);
  if (!token) notFound();
  const loaded = await load(request, token);
  const text = { ...registrationMessages(loaded.locale), title: registrationTranslator(loaded.locale)('delegation.title') };
  if (!loaded.invitation) return { ...text, invitation: null } as const;
  const { invitation, context } = loaded;
  const url = new URL(request.url);
  return {
    ...text,
    invitation,
    added: referenceParam(url.searchParams.get('added')),
    category: chosen(invitation, context.registration, url.searchParams.get('category')),
    edition: context.edition,
    pageTheme: context.pageTheme,
    registration: context.registration,
    countries: countryOptions(context.locale),
    languages: languageOptions(context.locale),
    idempotencyKey: randomUUID(),
  } as const;
}

export const meta: MetaFunction<typeof loader> = ({ data: page }) => (page ? [{ title: page.title }, { name: 'robots', content: 'noindex' }] : []);

export async function action({ request, params }: ActionFunctionArgs) {
  const token = tokenParam(params['token']);
  if (!token) notFound();
  const loaded = await load(request, token);
  const { langParam } = await resolveLocale(request);
  const self = `/delegation/${encodeURIComponent(token)}`;
  if (!loaded.invitation) return redirect(localizedHref(self, langParam));
  const { invitation, context } = loaded;
  const body = await readRegistrationBody(request);
  const values = formValues(body.form);
  const category = chosen(invitation, context.registration, singleValue(values, 'category'));
  const refuse = (problems: FormProblem[], full = false, alreadySent = false) =>
    data({ problems, values, full, alreadySent, idempotencyKey: randomUUID() }, { status: full || alreadySent ? 409 : 400 });
  if (!category) return refuse(body.tooLarge ? [{ field: 'photo', code: 'file_too_large' }] : [{ field: 'category', code: 'required' }]);
  const form = await formAnswers(body, values, context.registration, category, singleValue(values, 'idempotencyKey') || undefined);
  if (!form.ok) return refuse(form.problems);
  const { answers } = form;
  const outcome = await fromApi(() => registerDelegationMember(token, { category: category.slug, language: context.locale, answers }, singleValue(values, 'idempotencyKey') || randomUUID()));
  if (outcome.ok) return redirect(localizedHref(`${self}?added=${encodeURIComponent(outcome.receipt.reference)}`, langParam));
  if (outcome.invalid) return redirect(localizedHref(self, langParam));
  return refuse(outcome.problems, outcome.full ?? false, outcome.alreadySent ?? false);
}

export default function DelegationRoute() {
  const page = useLoaderData<typeof loader>();
  const refused = useActionData<typeof action>();
  const t = useRegistrationText();
  const { href, langParam, t: portalT } = usePortal();
  const { token = '' } = useParams();
  if (!page.invitation) {
    return (
      <div className="page registration-page">
        <h1>{t('delegation.title')}</h1>
        <p className="notice" role="alert">
          {t('delegation.invalid')}
        </p>
        <p>
          <Link to={href('/')}>{portalT('nav.home')}</Link>
        </p>
      </div>
    );
  }
  const { invitation, category, registration } = page;
  const full = invitation.quota !== null && invitation.registeredCount >= invitation.quota;
  return (
    <div className="page registration-page">
      <RegistrationHeader edition={page.edition} title={invitation.delegationName} />
      <p className="lead">{t('delegation.title')}</p>
      {invitation.quota !== null && <p className="delegation-quota">{t('delegation.quota', { registered: invitation.registeredCount, quota: invitation.quota })}</p>}
      {page.added && (
        <p className="notice" role="status">
          {t('delegation.memberAdded', { reference: page.added })}
        </p>
      )}
      <section aria-labelledby="members">
        <h2 id="members">{t('delegation.members')}</h2>
        {invitation.members.length === 0 ? (
          <p className="muted">{t('delegation.noMembers')}</p>
        ) : (
          <table className="members-table">
            <thead>
              <tr>
                <th scope="col">{t('delegation.name')}</th>
                <th scope="col">{t('application.reference')}</th>
                <th scope="col">{t('application.status')}</th>
              </tr>
            </thead>
            <tbody>
              {invitation.members.map((member) => (
                <tr key={member.reference}>
                  <td>{member.name}</td>
                  <td>{member.reference}</td>
                  <td>{isApplicationStatus(member.status) ? t(`appStatus.${member.status}`) : member.status}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      <section aria-labelledby="add-member">
        <h2 id="add-member">{t('delegation.addMember')}</h2>
        {full || refused?.full ? (
          <p className="notice" role="status">
            {t('delegation.full')}
          </p>
        ) : !category ? (
          <Form method="get" className="category-chooser">
            {langParam && <input type="hidden" name="lang" value={langParam} />}
            <fieldset className="form-group">
              <legend>{t('register.category')}</legend>
              {invitation.categories.map((option, index) => (
                <div key={option.slug} className="form-field form-field--checkbox">
                  <input type="radio" name="category" value={option.slug} id={`category-${option.slug}`} defaultChecked={index === 0} />
                  <label htmlFor={`category-${option.slug}`}>{option.name}</label>
                </div>
              ))}
            </fieldset>
            <button type="submit" className="button button--primary">
              {t('register.continue')}
            </button>
          </Form>
        ) : (
          <>
            {refused?.alreadySent && (
              <p className="notice" role="alert">
                {t('register.alreadySent')}
              </p>
            )}
            <p className="meta-line">
              <span>
                {t('register.category')}: <strong>{category.name}</strong>
              </span>
              {invitation.categories.length > 1 && <Link to={href(`/delegation/${encodeURIComponent(token)}`)}>{t('register.changeCategory')}</Link>}
            </p>
            <RegistrationForm
              fields={askedFields(registration.fields, category)}
              category={category}
              privacyNotice={registration.privacyNotice}
              values={refused?.values ?? {}}
              problems={refused?.problems ?? []}
              idempotencyKey={refused?.idempotencyKey ?? page.idempotencyKey}
              countries={page.countries}
              languages={page.languages}
              allowDraft={false}
              submitLabel={t('delegation.addMember')}
              hidden={{ category: category.slug }}
            />
          </>
        )}
      </section>
    </div>
  );
}
