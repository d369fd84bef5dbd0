// One text field per console language for a name or title given in several scripts.
import { LOCALE_NAMES, type ConsoleLocale, type ConsoleMessageKey } from '../i18n/console-i18n.js';
import { textField, TEXT_LANGUAGES } from '../lib/localized-input.js';
import { useConsole } from '../lib/use-console.js';
import { TextField } from './form.js';

export function NamesFields({ base, label, initial = {}, optional = false }: { base: string; label: ConsoleMessageKey; initial?: Partial<Record<ConsoleLocale, string>>; optional?: boolean }) {
  const { t } = useConsole();
  return (
    <>
      {TEXT_LANGUAGES.map((language) => (
        <TextField
          key={language}
          name={textField(base, language)}
          label={t(label, { language: LOCALE_NAMES[language] })}
          lang={language}
          defaultValue={initial[language] ?? ''}
          {...(language === 'en' && !optional ? { required: true } : {})}
        />
      ))}
    </>
  );
}
