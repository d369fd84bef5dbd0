// What the three registration forms (an edition's registration, a delegation member, a
// participant's own application) do alike with a posted form once its category is known: refuse a
// photo over the limit, forward a newly chosen photo to the api (its reference is kept among the
// values, so the page shown again does not ask for it twice), and turn the values into the answers
// the api checks, with the privacy notice the visitor accepted.
import type { RegistrationBody } from './form-body.server.js';
import { answersFromValues, askedFields, PHOTO_REFERENCE_INPUT, singleValue } from './form-model.js';
import type { FormProblem } from './problems.js';
import { uploadPhoto } from './registration.server.js';
import type { CategoryView, RegistrationView } from './registration-view.js';

export type FormAnswers = { ok: true; answers: Record<string, unknown> } | { ok: false; problems: FormProblem[] };

/**
 * The answers of `values` (the form's values, read from `body`) for `category`. `photoKey` is
 * the Idempotency-Key the photo's upload is sent with, when the form has one.
 */
export async function formAnswers(
  body: RegistrationBody,
  values: Record<string, string | string[]>,
  registration: Pick<RegistrationView, 'editionId' | 'fields' | 'privacyNotice'>,
  category: CategoryView,
  photoKey?: string,
): Promise<FormAnswers> {
  if (body.tooLarge) return { ok: false, problems: [{ field: 'photo', code: 'file_too_large' }] };
  let photo = singleValue(values, PHOTO_REFERENCE_INPUT) || null;
  if (body.photo) {
    const uploaded = await uploadPhoto(body.photo, registration.editionId, photoKey);
    if (!uploaded.ok) return { ok: false, problems: uploaded.problems };
    photo = uploaded.photo;
    values[PHOTO_REFERENCE_INPUT] = photo;
  }
  const consent = {
    noticeId: singleValue(values, 'consentNoticeId') || registration.privacyNotice.id,
    version: singleValue(values, 'consentVersion') || registration.privacyNotice.version,
  };
  return { ok: true, answers: answersFromValues(values, askedFields(registration.fields, category), category, consent, photo) };
}
