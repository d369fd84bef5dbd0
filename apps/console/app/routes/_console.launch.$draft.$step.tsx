// One step of the launch wizard. Saving a step checks its fields, keeps them in the draft the api
// holds for this organizer and goes on to the next step; a refused step comes back with each
// problem beside its field. The theme step previews the theme on every submit ("Preview"), and
// as the organizer types when scripts run. The review step launches the forum in one api call
// and leads to its live portal page.
import { FONT_STACK_KEYS, MOTIF_KEYS, THEME_KEYS, THEME_PRESETS } from '@caravan/themes';
import { trackTaxonomy } from '@caravan/tracks/taxonomy';
import { worldCountries } from '@caravan/regions';
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from '@remix-run/node';
import { Link, useActionData, useFetcher, useLoaderData } from '@remix-run/react';
import { useEffect, useRef, type FormEvent } from 'react';
import { ConsoleForm, FormTitle, SubmitButton } from '../components/form.js';
import { EditionStep, LanguagesStep, RegionStep, SeriesStep, ThemeStep, TracksStep, type StepChoices } from '../components/launch-steps.js';
import { ThemePreview } from '../components/theme-preview.js';
import type { ConsoleMessageKey, ConsoleTranslator } from '../i18n/console-i18n.js';
import { organizerAction } from '../lib/action.server.js';
import { notFound } from '../lib/api.server.js';
import { languageChoices, timeZoneChoices } from '../lib/edition-input.js';
import { deleteDraft, launchForum, listRegions, loadDraft, previewTheme, saveDraft } from '../lib/launch.server.js';
import { isLaunchStep, LAUNCH_STEPS, missingSteps, nextStep, previousStep, readStep, storedThemeOf, themeChoiceOf, type LaunchDraft, type LaunchStep } from '../lib/launch-wizard.js';
import { openPlace } from '../lib/page.server.js';
import { pageTitle } from '../lib/page-title.js';
import type { ThemePreview as Preview } from '../lib/theme-preview.js';
import { useConsole } from '../lib/use-console.js';

export const meta = pageTitle('launch.title');

const STEP_LABELS: Record<LaunchStep, ConsoleMessageKey> = {
  series: 'launch.step.series',
  region: 'launch.step.region',
  languages: 'launch.step.languages',
  theme: 'launch.step.theme',
  tracks: 'launch.step.tracks',
  edition: 'launch.step.edition',
  review: 'launch.step.review',
};

function stepOf(params: LoaderFunctionArgs['params']): LaunchStep {
  const step = params['step'] ?? '';
  if (!isLaunchStep(step)) notFound(`"${step}" is not a step of the launch wizard.`);
  return step;
}

const messagesOf = (t: ConsoleTranslator) => ({
  required: t('launch.problem.required'),
  slug: t('launch.problem.slug'),
  country: t('launch.problem.country'),
  date: t('launch.problem.date'),
  dateOrder: t('launch.problem.dateOrder'),
  timeZone: t('launch.problem.timeZone'),
  color: t('launch.problem.color'),
  language: t('launch.problem.language'),
  track: t('launch.problem.track'),
});

const nameOf = (draft: LaunchDraft) => draft.series?.name['en'] ?? '';

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { organizer, locale } = await openPlace(request, params, 'launch');
  const step = stepOf(params);
  const id = params['draft'] ?? '';
  const saved = await loadDraft(organizer, id);
  // The theme step starts from the neutral preset, so its colour fields and preview are never empty.
  const draft: LaunchDraft = step === 'theme' && !saved.theme ? { ...saved, theme: themeChoiceOf('default') } : saved;
  const name = (text: Record<string, string>) => text[locale] ?? text['en'] ?? '';
  const choices: StepChoices = {
    regions: step === 'region' ? (await listRegions(organizer, locale)).map((region) => ({ value: region.code, label: region.name })) : [],
    countries: step === 'region' ? worldCountries.map((country) => ({ value: country.code, label: `${name(country.name)} (${country.code})` })).sort((a, b) => a.label.localeCompare(b.label, locale)) : [],
    languages: languageChoices(locale),
    presets: THEME_KEYS.map((key) => ({ value: key, label: THEME_PRESETS[key].name })),
    motifs: MOTIF_KEYS.map((key) => ({ value: key, label: key })),
    fonts: FONT_STACK_KEYS.map((key) => ({ value: key, label: key })),
    tracks: trackTaxonomy.map((track) => ({ value: track.slug, label: name(track.name) })),
    timeZones: step === 'edition' ? timeZoneChoices() : [],
  };
  const preview = step === 'theme' && draft.theme ? await previewTheme(organizer, storedThemeOf(draft.theme, draft.series?.slug ?? '', nameOf(draft))) : null;
  return data(
    { id, step, draft, choices, preview, missing: missingSteps(saved), seriesName: nameOf(draft) },
    { headers: organizer.headers },
  );
}

export async function action({ request, params }: ActionFunctionArgs) {
  const step = stepOf(params);
  const id = params['draft'] ?? '';
  return organizerAction(request, {}, async ({ organizer, form: sent, intent, refuse, done, t }) => {
    const draft = await loadDraft(organizer, id);
    if (intent === 'launch') {
      const missing = missingSteps(draft);
      if (missing.length > 0) refuse(missing.map((entry) => ({ field: '', code: 'REQUIRED', message: t('launch.stepMissing', { step: t(STEP_LABELS[entry]) }) })));
      const launched = await launchForum(organizer, draft);
      await deleteDraft(organizer, id);
      // The forum is live: the organizer lands on its portal page, themed.
      return redirect(launched.portalUrl, { headers: organizer.headers });
    }
    const { draft: next, problems } = readStep(step, sent, draft, messagesOf(t));
    if (intent === 'preview' && next.theme) {
      const preview = await previewTheme(organizer, storedThemeOf(next.theme, next.series?.slug ?? '', nameOf(next)));
      return data({ preview }, { headers: organizer.headers });
    }
    if (problems.length > 0) refuse(problems);
    const following = nextStep(step);
    const saved = await saveDraft(organizer, id, following, next);
    return done(`/launch/${encodeURIComponent(saved)}/${following}`);
  });
}

export default function LaunchStepPage() {
  const { id, step, draft, choices, preview, missing, seriesName } = useLoaderData<typeof loader>();
  const actionData = useActionData<{ preview?: Preview }>();
  const { t } = useConsole();
  const fetcher = useFetcher<{ preview?: Preview }>();
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  useEffect(() => () => void (timer.current && clearTimeout(timer.current)), []);
  const shown = fetcher.data?.preview ?? actionData?.preview ?? preview;
  const back = previousStep(step);
  const base = `/launch/${encodeURIComponent(id)}`;
  // With scripts, the theme step re-checks the theme through the api as the organizer types.
  const onChange = (event: FormEvent<HTMLDivElement>) => {
    if (step !== 'theme') return;
    const form = (event.target as HTMLInputElement).form;
    if (!form) return;
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      const body = new FormData(form);
      body.set('intent', 'preview');
      fetcher.submit(body, { method: 'post' });
    }, 250);
  };
  return (
    <>
      <p className="breadcrumb">
        <Link to="/launch">{t('launch.allDrafts')}</Link>
      </p>
      <h1>{t('launch.title')}</h1>
      <nav aria-label={t('launch.steps')}>
        <ol className="wizard-steps">
          {LAUNCH_STEPS.map((entry, index) => (
            <li key={entry}>
              <Link to={`${base}/${entry}`} aria-current={entry === step ? 'step' : undefined}>
                {t('launch.stepNumber', { number: index + 1, step: t(STEP_LABELS[entry]) })}
              </Link>
              {entry !== 'review' && missing.includes(entry) ? <span className="muted"> ({t('launch.notYet')})</span> : null}
            </li>
          ))}
        </ol>
      </nav>
      <div className={step === 'theme' ? 'wizard-theme' : undefined} onChange={onChange}>
        <ConsoleForm id={`launch-${step}`}>
          <FormTitle id={`launch-${step}`}>{t(STEP_LABELS[step])}</FormTitle>
          {step === 'series' ? <SeriesStep draft={draft} /> : null}
          {step === 'region' ? <RegionStep draft={draft} choices={choices} /> : null}
          {step === 'languages' ? <LanguagesStep draft={draft} choices={choices} /> : null}
          {step === 'theme' ? <ThemeStep draft={draft} choices={choices} /> : null}
          {step === 'tracks' ? <TracksStep draft={draft} choices={choices} /> : null}
          {step === 'edition' ? <EditionStep draft={draft} choices={choices} /> : null}
          {step === 'review' ? <Review draft={draft} missing={missing} base={base} /> : null}
          <div className="toolbar">
            {back ? <Link to={`${base}/${back}`}>{t('launch.back')}</Link> : null}
            {step === 'theme' ? <SubmitButton label={t('theme.check')} intent="preview" /> : null}
            {step === 'review' ? <SubmitButton label={t('launch.launch')} intent="launch" /> : <SubmitButton label={t('launch.saveAndContinue')} intent="save" />}
          </div>
        </ConsoleForm>
        {step === 'theme' && shown ? <ThemePreview preview={shown} seriesName={seriesName} /> : null}
      </div>
    </>
  );
}

function Review({ draft, missing, base }: { draft: LaunchDraft; missing: LaunchStep[]; base: string }) {
  const { t } = useConsole();
  const rows: { step: LaunchStep; value: string }[] = [
    { step: 'series', value: draft.series ? `${draft.series.name['en'] ?? ''} (${draft.series.slug})` : '' },
    { step: 'region', value: draft.region ? `${draft.region.code}: ${draft.region.countries.join(', ')}${draft.region.partner ? ` + ${draft.region.partner}` : ''}` : '' },
    { step: 'languages', value: draft.languages ? `${draft.languages.working.join(', ')} / ${draft.languages.portal.join(', ')}` : '' },
    { step: 'theme', value: draft.theme ? (draft.theme.preset === 'custom' ? t('theme.custom') : draft.theme.preset) : '' },
    { step: 'tracks', value: draft.tracks ? [...draft.tracks.taxonomy, ...draft.tracks.custom.map((track) => track.slug)].join(', ') : '' },
    {
      step: 'edition',
      value: draft.edition ? `${draft.edition.number}: ${draft.edition.hostCity['en'] ?? ''}, ${draft.edition.startDate} – ${draft.edition.endDate} (${draft.edition.timeZone})` : '',
    },
  ];
  return (
    <>
      {missing.length > 0 ? <p className="notice notice--info">{t('launch.reviewMissing')}</p> : <p>{t('launch.reviewReady')}</p>}
      <dl className="review-list">
        {rows.map((row) => (
          <div key={row.step}>
            <dt>
              <Link to={`${base}/${row.step}`}>{t(STEP_LABELS[row.step])}</Link>
            </dt>
            <dd>{row.value || t('launch.notYet')}</dd>
          </div>
        ))}
      </dl>
    </>
  );
}
