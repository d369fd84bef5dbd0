// What the registration pages read from the api: an edition's registration (its form as a field
// list, its public categories, its privacy notice), in the shape the api's registration query
// gives it.
export interface RegistrationOption {
  value: string;
  label: string;
}

export interface RegistrationFieldView {
  key: string;
  /** How the field is drawn: text, textarea, latin-name, native-name, email, phone, country, language, photo, choice, date, checkbox. */
  input: string;
  /** The organizers' label, for custom fields; standard fields take theirs from the catalogues. */
  label: string | null;
  /** The organizers' help text, shown under a custom field. */
  help?: string | null;
  options: readonly RegistrationOption[];
  maxLength: number | null;
  min: string | null;
  max: string | null;
  multiple: boolean;
}

export interface CategoryFieldView {
  key: string;
  required: boolean;
}

export interface CategoryView {
  slug: string;
  kind: string;
  name: string;
  description: string | null;
  capacity: number | null;
  placesLeft: number | null;
  approval: string;
  visaSupport: string;
  fields: readonly CategoryFieldView[];
}

export interface PrivacyNoticeView {
  id: string;
  version: string;
  text: string;
}

export interface RegistrationView {
  editionId: string;
  open: boolean;
  opensAt: string | null;
  closesAt: string | null;
  privacyNotice: PrivacyNoticeView;
  fields: readonly RegistrationFieldView[];
  categories: readonly CategoryView[];
}
