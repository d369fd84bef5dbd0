// Every language's mail templates. A language's kinds may be partial while a translation is on
// its way (the fallback chain covers the gap); today all eleven are complete, and the template
// tests keep them so.
import type { Locale } from '@caravan/i18n';
import { az } from './az.templates.js';
import { en } from './en.templates.js';
import { hy } from './hy.templates.js';
import { ka } from './ka.templates.js';
import { kk } from './kk.templates.js';
import { ky } from './ky.templates.js';
import { ru } from './ru.templates.js';
import type { LanguageTemplates } from './template.types.js';
import { tg } from './tg.templates.js';
import { tk } from './tk.templates.js';
import { uz } from './uz.templates.js';
import { zhHans } from './zh-hans.templates.js';

export type MailTemplates = Readonly<Record<Locale, LanguageTemplates>>;

export const MAIL_TEMPLATES: MailTemplates = {
  en,
  'zh-Hans': zhHans,
  ru,
  kk,
  ky,
  tg,
  tk,
  uz,
  ka,
  az,
  hy,
};

export { en as ENGLISH_TEMPLATES };
export type * from './template.types.js';
