// The launch wizard's step forms. Each step is one form whose fields are read by readStep
// (lib/launch-wizard.ts); the values shown are the draft's, or what was entered when a step was
// refused. The theme step carries a preview of the portal's header and a card.
import { COLOR_ROLES } from '@caravan/themes';
import type { ConsoleMessageKey } from '../i18n/console-i18n.js';
import { colorField, CUSTOM_TRACK_ROWS, type LaunchDraft } from '../lib/launch-wizard.js';
import { useConsole } from '../lib/use-console.js';
import { EditionFields } from './edition-form.js';
import { CheckboxGroup, SelectField, TextField, type Choice } from './form.js';
import { NamesFields } from './names-fields.js';

export interface StepChoices {
  regions: Choice[];
  countries: Choice[];
  languages: Choice[];
  presets: Choice[];
  motifs: Choice[];
  fonts: Choice[];
  tracks: Choice[];
  timeZones: string[];
}

export function SeriesStep({ draft }: { draft: LaunchDraft }) {
  const { t } = useConsole();
  const series = draft.series;
  return (
    <>
      <fieldset className="field-group">
        <legend>{t('launch.seriesName')}</legend>
        <NamesFields base="name" label="launch.nameIn" initial={series?.name ?? {}} />
      </fieldset>
      <fieldset className="field-group">
        <legend>{t('launch.shortName')}</legend>
        <NamesFields base="shortName" label="launch.shortNameIn" initial={series?.shortName ?? {}} />
      </fieldset>
      <fieldset className="field-group">
        <legend>{t('launch.description')}</legend>
        <NamesFields base="description" label="launch.descriptionIn" initial={series?.description ?? {}} />
      </fieldset>
      <TextField name="slug" label={t('launch.slug')} hint={t('launch.slugHint')} defaultValue={series?.slug ?? ''} />
    </>
  );
}

export function RegionStep({ draft, choices }: { draft: LaunchDraft; choices: StepChoices }) {
  const { t } = useConsole();
  const region = draft.region;
  return (
    <>
      <SelectField
        name="mode"
        label={t('launch.regionMode')}
        defaultValue={region?.mode ?? 'existing'}
        choices={[
          { value: 'existing', label: t('launch.regionExisting') },
          { value: 'new', label: t('launch.regionNew') },
        ]}
      />
      <SelectField name="code" label={t('launch.regionCode')} hint={t('launch.regionCodeHint')} defaultValue={region?.code ?? ''} choices={choices.regions} empty={t('launch.regionNone')} />
      <TextField name="newCode" label={t('launch.regionNewCode')} hint={t('launch.regionNewCodeHint')} defaultValue={region?.mode === 'new' ? region.code : ''} />
      <fieldset className="field-group">
        <legend>{t('launch.regionName')}</legend>
        <NamesFields base="regionName" label="launch.regionNameIn" initial={region?.name ?? {}} optional />
      </fieldset>
      <div className="choice-scroll">
        <CheckboxGroup name="countries" legend={t('launch.countries')} choices={choices.countries} defaultValue={region?.countries ?? []} />
      </div>
      <SelectField name="partner" label={t('launch.partner')} defaultValue={region?.partner ?? 'CN'} choices={choices.countries} empty={t('launch.partnerNone')} />
    </>
  );
}

export function LanguagesStep({ draft, choices }: { draft: LaunchDraft; choices: StepChoices }) {
  const { t } = useConsole();
  return (
    <>
      <CheckboxGroup name="working" legend={t('launch.workingLanguages')} choices={choices.languages} defaultValue={draft.languages?.working ?? ['en', 'zh-Hans', 'ru']} />
      <CheckboxGroup name="portal" legend={t('launch.portalLanguages')} choices={choices.languages} defaultValue={draft.languages?.portal ?? ['en', 'zh-Hans', 'ru']} />
    </>
  );
}

const COLOR_LABELS: Record<(typeof COLOR_ROLES)[number], ConsoleMessageKey> = {
  primary: 'theme.primary',
  onPrimary: 'theme.onPrimary',
  accent: 'theme.accent',
  surface: 'theme.surface',
  text: 'theme.text',
  muted: 'theme.muted',
  border: 'theme.border',
  focus: 'theme.focus',
};

export function ThemeStep({ draft, choices }: { draft: LaunchDraft; choices: StepChoices }) {
  const { t } = useConsole();
  const theme = draft.theme;
  return (
    <>
      <SelectField name="preset" label={t('theme.preset')} hint={t('theme.presetHint')} defaultValue={theme?.preset ?? 'custom'} choices={[...choices.presets, { value: 'custom', label: t('theme.custom') }]} />
      <SelectField name="base" label={t('theme.base')} defaultValue={theme?.base ?? 'default'} choices={choices.presets} />
      <fieldset className="field-group field-group--row">
        <legend>{t('theme.colors')}</legend>
        {COLOR_ROLES.map((role) => (
          <TextField key={role} name={colorField(role)} label={t(COLOR_LABELS[role])} hint={t('theme.colorHint')} defaultValue={theme?.colors[role] ?? ''} />
        ))}
      </fieldset>
      <fieldset className="field-group field-group--row">
        <legend>{t('theme.type')}</legend>
        <SelectField name="headingFont" label={t('theme.headingFont')} defaultValue={theme?.headingFont ?? 'classic-serif'} choices={choices.fonts} />
        <SelectField name="bodyFont" label={t('theme.bodyFont')} defaultValue={theme?.bodyFont ?? 'system-sans'} choices={choices.fonts} />
      </fieldset>
      <fieldset className="field-group">
        <legend>{t('theme.ornament')}</legend>
        <SelectField name="motif" label={t('theme.motif')} defaultValue={theme?.motif ?? ''} choices={choices.motifs} />
        <TextField name="svg" label={t('theme.svg')} hint={t('theme.svgHint')} defaultValue={theme?.svg ?? ''} />
      </fieldset>
    </>
  );
}

export function TracksStep({ draft, choices }: { draft: LaunchDraft; choices: StepChoices }) {
  const { t } = useConsole();
  const custom = draft.tracks?.custom ?? [];
  return (
    <>
      <CheckboxGroup name="taxonomy" legend={t('launch.taxonomyTracks')} choices={choices.tracks} defaultValue={draft.tracks?.taxonomy ?? []} />
      {Array.from({ length: CUSTOM_TRACK_ROWS }, (_, index) => (
        <fieldset key={index} className="field-group">
          <legend>{t('launch.customTrack', { position: index + 1 })}</legend>
          <NamesFields base={`track${index}`} label="launch.trackNameIn" initial={custom[index]?.name ?? {}} optional />
          <TextField name={`trackSlug${index}`} label={t('launch.trackSlug')} defaultValue={custom[index]?.slug ?? ''} />
        </fieldset>
      ))}
    </>
  );
}

export function EditionStep({ draft, choices }: { draft: LaunchDraft; choices: StepChoices }) {
  const edition = draft.edition;
  const working = draft.languages?.working ?? ['en', 'zh-Hans', 'ru'];
  return (
    <EditionFields
      languages={choices.languages}
      timeZones={choices.timeZones}
      initial={{
        number: edition?.number ?? '1',
        workingLanguages: edition?.workingLanguages ?? working,
        theme: edition?.theme ?? {},
        hostCity: edition?.hostCity ?? {},
        startDate: edition?.startDate ?? '',
        endDate: edition?.endDate ?? '',
        timeZone: edition?.timeZone ?? '',
      }}
    />
  );
}
