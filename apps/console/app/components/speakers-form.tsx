// The people of a session, in order: one row per person with their role, a blank row to add one,
// and a fieldset to create a person inline (names in several scripts) and add them at once.
import type { SessionRole } from '../generated/graphql.js';
import { LOCALE_NAMES } from '../i18n/console-i18n.js';
import { textField, TEXT_LANGUAGES } from '../lib/localized-input.js';
import { useConsole } from '../lib/use-console.js';
import { ConsoleForm, FieldProblems, FormTitle, SelectField, SubmitButton, TextField, CheckboxField, type Choice } from './form.js';

export const SESSION_ROLES: readonly SessionRole[] = ['KEYNOTE', 'MODERATOR', 'SPEAKER'];

export function SpeakersForm({ speakers, people }: { speakers: { person: string; role: SessionRole }[]; people: Choice[] }) {
  const { t } = useConsole();
  const roles = SESSION_ROLES.map((role) => ({ value: role, label: t(`sessionRole.${role}`) }));
  const rows = [...speakers, { person: '', role: 'SPEAKER' as SessionRole }];
  return (
    <ConsoleForm id="speakers">
      <FormTitle id="speakers">{t('speakers.title')}</FormTitle>
      <p className="field__hint">{t('speakers.hint')}</p>
      <div id="speakers-speakers" tabIndex={-1}>
        <FieldProblems name="speakers" />
        {rows.map((row, index) => (
          <fieldset key={index} className="field-group field-group--row">
            <legend>{index < speakers.length ? t('speakers.row', { position: index + 1 }) : t('speakers.add')}</legend>
            <SelectField name={`person_${index}`} label={t('speakers.person')} defaultValue={row.person} choices={people} empty={t('speakers.nobody')} />
            <SelectField name={`role_${index}`} label={t('speakers.role')} defaultValue={row.role} choices={roles} />
          </fieldset>
        ))}
      </div>
      <input type="hidden" name="rows" value={rows.length} />
      <SubmitButton label={t('speakers.save')} intent="speakers" />
    </ConsoleForm>
  );
}

export function NewPersonForm() {
  const { t } = useConsole();
  const roles = SESSION_ROLES.map((role) => ({ value: role, label: t(`sessionRole.${role}`) }));
  return (
    <ConsoleForm id="new-person">
      <FormTitle id="new-person">{t('person.newInline')}</FormTitle>
      <fieldset className="field-group">
        <legend>{t('person.names')}</legend>
        {TEXT_LANGUAGES.map((language) => (
          <TextField key={language} name={textField('name', language)} label={t('person.nameIn', { language: LOCALE_NAMES[language] })} lang={language} {...(language === 'en' ? { required: true } : {})} />
        ))}
      </fieldset>
      <TextField name={textField('position', 'en')} label={t('person.positionIn', { language: LOCALE_NAMES.en })} required />
      <TextField name="slug" label={t('person.slug')} hint={t('person.slugHint')} />
      <SelectField name="role" label={t('speakers.role')} defaultValue="SPEAKER" choices={roles} />
      <CheckboxField name="published" label={t('person.publishNow')} defaultChecked />
      <SubmitButton label={t('person.createAndAdd')} intent="add-person" />
    </ConsoleForm>
  );
}
