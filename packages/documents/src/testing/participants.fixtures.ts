// Participants whose names cover the scripts a badge must print, and the two series designs
// drawn from the themes package.
import { themes, type Theme } from '@caravan/themes';
import type { BadgeDesign } from '../badge/badge-input.schema.js';
import type { DocumentTheme } from '../pdf/document-theme.js';

export const documentThemeOf = (theme: Theme): DocumentTheme => ({
  colours: {
    primary: theme.colors.primary,
    onPrimary: theme.colors.onPrimary,
    accent: theme.colors.accent,
    background: theme.colors.surface,
    text: theme.colors.text,
  },
  ornamentSvg: theme.ornament.svg,
});

export const centralAsiaDesign: BadgeDesign = {
  seriesName: 'China–Central Asia Cooperation Forum',
  editionTitle: '11th edition · Yinchuan · 25–28 October 2024',
  theme: documentThemeOf(themes['central-asia']),
};

export const caucasusDesign: BadgeDesign = {
  seriesName: 'China–Caucasus Forum',
  editionTitle: '1st edition · Tbilisi',
  theme: documentThemeOf(themes['south-caucasus']),
};

/** One participant per script: first the name in it, then its Latin form where it has one. */
export const SCRIPT_SAMPLES = [
  { script: 'Chinese', names: ['王晓明', 'Wang Xiaoming'], organization: '宁夏回族自治区人民政府' },
  { script: 'Cyrillic', names: ['Әлия Нұрланқызы', 'Aliya Nurlanqyzy'], organization: 'Министерство торговли и интеграции' },
  { script: 'Georgian', names: ['ნინო ბერიძე', 'Nino Beridze'], organization: 'საქართველოს ეკონომიკის სამინისტრო' },
  { script: 'Armenian', names: ['Արմեն Սարգսյան', 'Armen Sargsyan'], organization: 'Հայաստանի առևտրի պալատ' },
  { script: 'Latin', names: ['Ayşe Gülnur Öztürk-Łęcka', 'Nguyễn Thị Hương'], organization: 'Oʻzbekiston Savdo-sanoat palatasi, Əli Məmmədov & Ýusup Täçmyradow' },
] as const;
