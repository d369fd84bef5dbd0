// The edition page's word on registration: a link to the form while registration is open, and
// otherwise when it opens or when it closed. The texts are written on the server (see
// registrationCallTexts), so the edition page ships no registration catalogue.
import { Link } from '@remix-run/react';
import type { RegistrationCallTexts } from '../lib/registration/registration-window.js';
import { usePortal } from '../lib/use-portal.js';
import { IntlText } from './intl-text.js';

export function RegistrationCall({ texts, path }: { texts: RegistrationCallTexts; path: string }) {
  const { href } = usePortal();
  return (
    <section className="registration-call" aria-labelledby="registration-call">
      <h2 id="registration-call" className="visually-hidden">
        {texts.heading}
      </h2>
      {texts.link ? (
        <p>
          <Link to={href(path)} className="button button--primary">
            {texts.link}
          </Link>{' '}
          <IntlText>{texts.note}</IntlText>
        </p>
      ) : (
        <p className="muted">
          <IntlText>{texts.note}</IntlText>
        </p>
      )}
    </section>
  );
}
