// The category a delegation registers a member in, as the form needs it. A category open to the
// public comes with its questions in the edition's registration; a delegation's own category
// (delegation member, head of delegation) is named by the invitation alone, so its form asks every
// field of the edition's form (but the media ones outside MEDIA), with the core fields required,
// and offers the visa letter: the api
// refuses an answer the category does not ask, beside its field, and takes blank ones as absent.
import type { CategoryView, RegistrationView } from './registration-view.js';

/** Who the person is and how to reach them: asked and required in every category. */
const CORE_FIELD_KEYS = new Set(['givenName', 'familyName', 'citizenship', 'email']);
/** What only a media accreditation asks. */
const MEDIA_FIELD_KEYS = new Set(['outlet', 'mediaRole', 'pressCardNumber']);

export function delegationCategory(category: { slug: string; kind: string; name: string }, registration: Pick<RegistrationView, 'fields' | 'categories'>): CategoryView {
  const known = registration.categories.find((candidate) => candidate.slug === category.slug);
  if (known) return { ...known, name: category.name };
  return {
    slug: category.slug,
    kind: category.kind,
    name: category.name,
    description: null,
    capacity: null,
    placesLeft: null,
    approval: 'NEEDS_APPROVAL',
    visaSupport: 'OPTIONAL',
    fields: registration.fields
      .filter((field) => category.kind === 'MEDIA' || !MEDIA_FIELD_KEYS.has(field.key))
      .map((field) => ({ key: field.key, required: CORE_FIELD_KEYS.has(field.key) })),
  };
}
