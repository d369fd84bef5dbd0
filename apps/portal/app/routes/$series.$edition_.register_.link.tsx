// "Send me my link again": the address registered with, and always the same answer, whether or
// not an application with it exists (the api mails the link only when one does).
import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node';
import { useActionData, useLoaderData } from '@remix-run/react';
import { LinkRequestForm, MAX_EMAIL_LENGTH } from '../components/link-request-form.js';
import { RegistrationHeader } from '../components/registration-header.js';
import { registrationMessages, registrationTranslator } from '../i18n/registration/registration-i18n.js';
import { loadEditionContext } from '../lib/registration/edition-context.server.js';
import { requestApplicationLink } from '../lib/registration/registration.server.js';
import { fromApi } from '../lib/caravan.server.js';
import { useRegistrationText } from '../lib/registration/use-registration-text.js';

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { locale, edition, pageTheme } = await loadEditionContext(request, params);
  return { edition, pageTheme, ...registrationMessages(locale), title: registrationTranslator(locale)('link.title') };
}

export const meta: MetaFunction<typeof loader> = ({ data: page }) => (page ? [{ title: page.title }] : []);

export async function action({ request, params }: ActionFunctionArgs) {
  const { registration, locale } = await loadEditionContext(request, params);
  const email = String((await request.formData()).get('email') ?? '').trim();
  // An empty or absurd address gets the same answer, and the api is not asked.
  if (email && email.length <= MAX_EMAIL_LENGTH && email.includes('@')) {
    await fromApi(() => requestApplicationLink(registration.editionId, email, locale));
  }
  return data({ sent: true });
}

export default function RequestLink() {
  const { edition } = useLoaderData<typeof loader>();
  const answer = useActionData<typeof action>();
  const t = useRegistrationText();
  return (
    <div className="page registration-page">
      <RegistrationHeader edition={edition} title={t('link.title')} />
      {answer?.sent ? (
        <p className="notice" role="status">
          {t('link.sent')}
        </p>
      ) : (
        <LinkRequestForm />
      )}
    </div>
  );
}
