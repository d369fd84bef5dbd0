// The session form of the programme editor (create and edit): titles in the console's languages,
// kind, day, times, room, track and floor languages. Moving a session is this form: change its
// day, times or room. Conflicts the api finds (room taken, speaker elsewhere, outside the
// edition's dates) show beside the field they concern.
import type { SessionKind } from '../generated/graphql.js';
import { LOCALE_NAMES, type ConsoleLocale } from '../i18n/console-i18n.js';
import { textField, TEXT_LANGUAGES } from '../lib/localized-input.js';
import type { ProgrammeChoices } from '../lib/programme-vocabulary.js';
import { useConsole } from '../lib/use-console.js';
import { CheckboxField, CheckboxGroup, ConsoleForm, FormTitle, SelectField, SubmitButton, TextField } from './form.js';

export interface SessionValues {
  titles: Partial<Record<ConsoleLocale, string>>;
  slug: string;
  kind: SessionKind;
  date: string;
  startTime: string;
  endTime: string;
  roomId: string;
  trackSlug: string;
  languages: string[];
}

export function SessionForm({
  id,
  title,
  choices,
  kinds,
  initial,
  creating,
  version,
}: {
  id: string;
  title: string;
  choices: ProgrammeChoices;
  kinds: readonly SessionKind[];
  initial: SessionValues;
  creating: boolean;
  /** The version the edit is based on; the api refuses the save if the session changed since (STALE_EDIT). */
  version?: number;
}) {
  const { t } = useConsole();
  return (
    <ConsoleForm id={id}>
      <FormTitle id={id}>{title}</FormTitle>
      {version === undefined ? null : <input type="hidden" name="expectedVersion" value={version} />}
      <fieldset className="field-group">
        <legend>{t('session.titles')}</legend>
        {TEXT_LANGUAGES.map((language) => (
          <TextField
            key={language}
            name={textField('title', language)}
            label={t('session.titleIn', { language: LOCALE_NAMES[language] })}
            lang={language}
            defaultValue={initial.titles[language] ?? ''}
            {...(language === 'en' ? { required: true } : {})}
          />
        ))}
      </fieldset>
      <TextField name="slug" label={t('session.slug')} hint={t('session.slugHint')} defaultValue={initial.slug} />
      <SelectField name="kind" label={t('session.kind')} required defaultValue={initial.kind} choices={kinds.map((kind) => ({ value: kind, label: t(`kind.${kind}`) }))} />
      <fieldset className="field-group field-group--row">
        <legend>{t('session.when')}</legend>
        <SelectField name="date" label={t('session.day')} required defaultValue={initial.date} choices={choices.days} />
        <TextField name="startTime" type="time" label={t('session.start')} required defaultValue={initial.startTime} />
        <TextField name="endTime" type="time" label={t('session.end')} required defaultValue={initial.endTime} />
      </fieldset>
      <SelectField name="roomId" label={t('session.room')} defaultValue={initial.roomId} choices={choices.rooms} empty={t('session.noRoom')} />
      <SelectField name="trackSlug" label={t('session.track')} defaultValue={initial.trackSlug} choices={choices.tracks} empty={t('session.noTrack')} />
      <CheckboxGroup name="languages" legend={t('session.languages')} choices={choices.languages} defaultValue={initial.languages} />
      {creating ? <CheckboxField name="published" label={t('session.publishNow')} /> : null}
      <SubmitButton label={creating ? t('session.create') : t('session.save')} intent="save" />
    </ConsoleForm>
  );
}
