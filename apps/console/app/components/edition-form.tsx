// The fields of an edition (its number, theme, host city, dates, time zone and working languages),
// shared by the new-edition page and the launch wizard's first-edition step.
import type { ReactNode } from 'react';
import { useConsole } from '../lib/use-console.js';
import { CheckboxField, CheckboxGroup, ConsoleForm, FormTitle, SubmitButton, TextField, type Choice } from './form.js';
import { NamesFields } from './names-fields.js';

export interface EditionValues {
  number: string;
  workingLanguages: string[];
  theme?: Record<string, string>;
  hostCity?: Record<string, string>;
  startDate?: string;
  endDate?: string;
  timeZone?: string;
}

/** The edition fields alone, for a form that holds more (the wizard). */
export function EditionFields({ languages, timeZones, initial }: { languages: Choice[]; timeZones: string[]; initial: EditionValues }) {
  const { t } = useConsole();
  return (
    <>
      <TextField name="number" type="number" label={t('edition.number')} hint={t('edition.numberHint')} required defaultValue={initial.number} />
      <fieldset className="field-group">
        <legend>{t('edition.theme')}</legend>
        <NamesFields base="theme" label="edition.themeIn" initial={initial.theme ?? {}} />
      </fieldset>
      <fieldset className="field-group">
        <legend>{t('edition.hostCity')}</legend>
        <NamesFields base="hostCity" label="edition.hostCityIn" initial={initial.hostCity ?? {}} />
      </fieldset>
      <fieldset className="field-group field-group--row">
        <legend>{t('edition.dates')}</legend>
        <TextField name="startDate" type="date" label={t('edition.startDate')} defaultValue={initial.startDate ?? ''} />
        <TextField name="endDate" type="date" label={t('edition.endDate')} defaultValue={initial.endDate ?? ''} />
      </fieldset>
      <TextField name="timeZone" label={t('edition.timeZone')} hint={t('edition.timeZoneHint')} required defaultValue={initial.timeZone ?? ''} list="time-zones" />
      <datalist id="time-zones">
        {timeZones.map((zone) => (
          <option key={zone} value={zone} />
        ))}
      </datalist>
      <CheckboxGroup name="workingLanguages" legend={t('edition.workingLanguages')} choices={languages} defaultValue={initial.workingLanguages} />
    </>
  );
}

export function EditionForm({ id, languages, timeZones, initial, submit, children }: { id: string; languages: Choice[]; timeZones: string[]; initial: EditionValues; submit: string; children?: ReactNode }) {
  const { t } = useConsole();
  return (
    <ConsoleForm id={id}>
      <FormTitle id={id}>{t('edition.details')}</FormTitle>
      <EditionFields languages={languages} timeZones={timeZones} initial={initial} />
      <CheckboxField name="published" label={t('edition.publishNow')} />
      {children}
      <SubmitButton label={submit} intent="save" />
    </ConsoleForm>
  );
}
