// Sign-in with an organizer account of the api. The form is CSRF-checked like every other; wrong
// credentials and too many attempts come back on the form, with the email kept.
import { CaravanApiError } from '@caravan/sdk';
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node';
import { useLoaderData, useSearchParams } from '@remix-run/react';
import { ConsoleForm, FormTitle, SubmitButton, TextField } from '../components/form.js';
import { consoleTranslator } from '../i18n/console-i18n.js';
import { apiFailure } from '../lib/api.server.js';
import { signIn } from '../lib/auth.server.js';
import { assertCsrf } from '../lib/csrf.server.js';
import { problemsFromApi, type FormFailure } from '../lib/form-problems.js';
import { requestTranslator } from '../lib/locale.server.js';
import { getSession, readTokens } from '../lib/session.server.js';
import { useConsole } from '../lib/use-console.js';

const FORM = 'sign-in';

export const meta: MetaFunction = ({ matches }) => {
  const root = matches.find((match) => match.id === 'root')?.data as { locale?: string } | undefined;
  const t = consoleTranslator(root?.locale ?? 'en');
  return [{ title: `${t('signIn.title')} · ${t('app.name')}` }];
};

export async function loader({ request }: LoaderFunctionArgs) {
  if (readTokens(await getSession(request))) throw redirect('/');
  return { signedOut: new URL(request.url).searchParams.get('signedOut') === '1' };
}

export async function action({ request }: ActionFunctionArgs) {
  const form = await request.formData();
  await assertCsrf(form, request.headers);
  const t = await requestTranslator(request);
  const email = String(form.get('email') ?? '').trim();
  const password = String(form.get('password') ?? '');
  const refuse = (failure: Omit<FormFailure, 'form' | 'values'>) => data<FormFailure>({ form: FORM, values: { email }, ...failure }, { status: 400 });
  const missing = [
    ...(email ? [] : [{ field: 'email', code: 'REQUIRED', message: t('signIn.emailMissing') }]),
    ...(password ? [] : [{ field: 'password', code: 'REQUIRED', message: t('signIn.passwordMissing') }]),
  ];
  if (missing.length > 0) return refuse({ problems: missing });
  try {
    return await signIn(request, email, password, new URL(request.url).searchParams.get('redirectTo'));
  } catch (error) {
    if (error instanceof CaravanApiError && (error.code === 'INVALID_CREDENTIALS' || error.code === 'RATE_LIMITED' || error.code === 'BAD_USER_INPUT')) {
      const problems = error.code === 'INVALID_CREDENTIALS' ? [{ field: 'email', code: null, message: t('signIn.invalid') }] : problemsFromApi(error, { email: 'email', password: 'password' });
      return refuse({ problems });
    }
    return apiFailure(error);
  }
}

export default function SignIn() {
  const { t } = useConsole();
  const { signedOut } = useLoaderData<typeof loader>();
  const [params] = useSearchParams();
  const redirectTo = params.get('redirectTo');
  return (
    <main id="main" tabIndex={-1} className="sign-in">
      <div className="sign-in__card">
        <p className="sign-in__brand">{t('app.name')}</p>
        <h1>{t('signIn.title')}</h1>
        <p className="muted">{t('signIn.intro')}</p>
        {signedOut ? (
          <p className="notice notice--success" role="status">
            {t('signIn.signedOut')}
          </p>
        ) : null}
        <ConsoleForm id={FORM} {...(redirectTo ? { action: `/sign-in?redirectTo=${encodeURIComponent(redirectTo)}` } : {})}>
          <FormTitle id={FORM}>
            <span className="visually-hidden">{t('signIn.title')}</span>
          </FormTitle>
          <TextField name="email" type="email" label={t('signIn.email')} autoComplete="username" required />
          <TextField name="password" type="password" label={t('signIn.password')} autoComplete="current-password" required />
          <SubmitButton label={t('signIn.submit')} />
        </ConsoleForm>
      </div>
    </main>
  );
}
