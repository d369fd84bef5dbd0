// Registration for an edition: first the category (a plain GET form, so choosing reloads the page
// without JavaScript), then the form the api's field list describes for it. The action forwards
// the photo to the api, submits the answers with the form's Idempotency-Key, and shows the api's
// problems beside their inputs with everything typed kept; success goes to the confirmation.
import { randomUUID } from 'node:crypto';
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node';
import { Form, Link, useActionData, useLoaderData } from '@remix-run/react';
import { RegistrationForm } from '../components/registration-form.js';
import { RegistrationHeader } from '../components/registration-header.js';
import { registrationMessages, registrationTranslator } from '../i18n/registration/registration-i18n.js';
import { fromApi } from '../lib/caravan.server.js';
import { localizedHref } from '../lib/href.js';
import { formAnswers } from '../lib/registration/form-answers.server.js';
import { askedFields, formValues, singleValue } from '../lib/registration/form-model.js';
import type { FormProblem } from '../lib/registration/problems.js';
import { countryOptions, languageOptions, loadEditionContext } from '../lib/registration/edition-context.server.js';
import { readRegistrationBody } from '../lib/registration/form-body.server.js';
import { submitApplication } from '../lib/registration/registration.server.js';
import type { CategoryView, RegistrationView } from '../lib/registration/registration-view.js';
import { useRegistrationText } from '../lib/registration/use-registration-text.js';
import { usePortal } from '../lib/use-portal.js';

function chosenCategory(registration: RegistrationView, slug: string | null): CategoryView | null {
  if (slug) return registration.categories.find((category) => category.slug === slug) ?? null;
  return registration.categories.length === 1 ? (registration.categories[0] ?? null) : null;
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const context = await loadEditionContext(request, params);
  const category = chosenCategory(context.registration, new URL(request.url).searchParams.get('category'));
  const t = registrationTranslator(context.locale);
  return {
    ...context,
    ...registrationMessages(context.locale),
    title: `${t('register.title')} · ${context.edition.seriesName.text} ${context.edition.number}`,
    category,
    countries: countryOptions(context.locale),
    languages: languageOptions(context.locale),
    idempotencyKey: randomUUID(),
  };
}

export const meta: MetaFunction<typeof loader> = ({ data: page }) => (page ? [{ title: page.title }] : []);

interface Refused {
  problems: FormProblem[];
  closed: boolean;
  alreadySent: boolean;
  values: Record<string, string | string[]>;
  idempotencyKey: string;
}

export async function action({ request, params }: ActionFunctionArgs) {
  const context = await loadEditionContext(request, params);
  const { registration, locale, langParam, edition } = context;
  const body = await readRegistrationBody(request);
  const values = formValues(body.form);
  const category = chosenCategory(registration, singleValue(values, 'category'));
  const refuse = (problems: FormProblem[], closed = false, alreadySent = false) =>
    data<Refused>({ problems, closed, alreadySent, values, idempotencyKey: randomUUID() }, { status: closed || alreadySent ? 409 : 400 });
  if (!category) return refuse(body.tooLarge ? [{ field: 'photo', code: 'file_too_large' }] : [{ field: 'category', code: 'required' }]);
  const form = await formAnswers(body, values, registration, category, singleValue(values, 'idempotencyKey') || undefined);
  if (!form.ok) return refuse(form.problems);
  const { answers } = form;
  const outcome = await fromApi(() => submitApplication(
    { editionId: registration.editionId, category: category.slug, language: locale, answers, draft: singleValue(values, 'intent') === 'draft' },
    singleValue(values, 'idempotencyKey') || randomUUID(),
  ));
  if (!outcome.ok) return refuse(outcome.problems, outcome.closed, outcome.alreadySent ?? false);
  const done = new URLSearchParams({ reference: outcome.receipt.reference, status: outcome.receipt.status });
  return redirect(localizedHref(`/${edition.seriesSlug}/${edition.number}/register/done?${done.toString()}`, langParam));
}

export default function RegisterRoute() {
  const page = useLoaderData<typeof loader>();
  const refused = useActionData<typeof action>();
  const { href, t: portalT } = usePortal();
  const t = useRegistrationText();
  const { registration, category, edition } = page;
  const base = `/${edition.seriesSlug}/${edition.number}`;
  return (
    <div className="page registration-page">
      <RegistrationHeader edition={edition} title={t('register.title')} />
      {!registration.open ? (
        <p className="notice" role="status">
          {t('register.closed')}
        </p>
      ) : registration.categories.length === 0 ? (
        <p className="notice">{t('register.noCategories')}</p>
      ) : !category ? (
        <CategoryChooser categories={registration.categories} />
      ) : (
        <>
          <p className="lead">{t('register.intro')}</p>
          <p className="meta-line">
            <span>
              {t('register.category')}: <strong>{category.name}</strong>
            </span>
            {registration.categories.length > 1 && <Link to={href(`${base}/register`)}>{t('register.changeCategory')}</Link>}
          </p>
          {(refused?.closed || refused?.alreadySent) && (
            <p className="notice" role="alert">
              {t(refused.closed ? 'register.closed' : 'register.alreadySent')}
            </p>
          )}
          <RegistrationForm
            fields={askedFields(registration.fields, category)}
            category={category}
            privacyNotice={registration.privacyNotice}
            values={refused?.values ?? {}}
            problems={refused?.problems ?? []}
            idempotencyKey={refused?.idempotencyKey ?? page.idempotencyKey}
            countries={page.countries}
            languages={page.languages}
            allowDraft
            hidden={{ category: category.slug }}
          />
        </>
      )}
      <p className="muted">
        <Link to={href(`${base}/register/link`)}>{t('register.lostLink')}</Link>
      </p>
      <p>
        <Link to={href(base)}>{portalT('edition.title', { series: edition.seriesName.text, number: edition.number })}</Link>
      </p>
    </div>
  );
}

/** The public categories as radio buttons in a GET form: the choice reloads the page with ?category=. */
function CategoryChooser({ categories }: { categories: RegistrationView['categories'] }) {
  const t = useRegistrationText();
  const { langParam } = usePortal();
  return (
    <Form method="get" className="category-chooser">
      {langParam && <input type="hidden" name="lang" value={langParam} />}
      <fieldset className="form-group">
        <legend>{t('register.chooseCategory')}</legend>
        {categories.map((category, index) => (
          <div key={category.slug} className="form-field form-field--checkbox category-option">
            <input type="radio" name="category" value={category.slug} id={`category-${category.slug}`} defaultChecked={index === 0} aria-describedby={`category-${category.slug}-about`} />
            <label htmlFor={`category-${category.slug}`}>
              <strong>{category.name}</strong>
            </label>
            <p className="field-help" id={`category-${category.slug}-about`}>
              {[category.description, category.approval === 'AUTO_APPROVED' ? t('register.autoApproved') : t('register.needsApproval'), category.placesLeft !== null ? t('register.placesLeft', { count: category.placesLeft }) : null]
                .filter(Boolean)
                .join(' ')}
            </p>
          </div>
        ))}
      </fieldset>
      <button type="submit" className="button button--primary">
        {t('register.continue')}
      </button>
    </Form>
  );
}
