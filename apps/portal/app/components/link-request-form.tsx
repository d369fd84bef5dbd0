// "Send me my link again": the address registered with; the page that posts it answers the same
// whether or not an application with it exists.
import { Form } from '@remix-run/react';
import { inputId } from '../lib/registration/form-model.js';
import { useRegistrationText } from '../lib/registration/use-registration-text.js';

export const MAX_EMAIL_LENGTH = 320;

/** Posts to `action` (the edition's link page), or to the page it is on. */
export function LinkRequestForm({ action }: { action?: string }) {
  const t = useRegistrationText();
  return (
    <Form method="post" action={action} className="registration-form">
      <p>{t('link.intro')}</p>
      <div className="form-field">
        <label htmlFor={inputId('email')}>{t('field.email')}</label>
        <input type="email" id={inputId('email')} name="email" autoComplete="email" required maxLength={MAX_EMAIL_LENGTH} />
      </div>
      <button type="submit" className="button button--primary">
        {t('link.submit')}
      </button>
    </Form>
  );
}
