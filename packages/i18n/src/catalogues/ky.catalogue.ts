// Kyrgyz UI messages: navigation and headings; every other key falls back to English.
import type { PartialCatalogue } from './en.catalogue.js';

export const ky: PartialCatalogue = {
  'site.tagline': 'Аймактык кызматташтык форумдары',
  'nav.home': 'Бардык форумдар',
  'nav.main': 'Негизги навигация',
  'nav.skipToContent': 'Мазмунга өтүү',
  'nav.language': 'Тил',
  'home.title': 'Аймактык кызматташтык форумдары',
  'series.region': 'Аймак',
  'series.countries': 'Катышуучу өлкөлөр',
  'series.coOrganizers': 'Биргелешкен уюштуруучулар',
  'series.focusTracks': 'Негизги багыттар',
  'series.editions': 'Форумдар',
  'edition.theme': 'Тема',
  'edition.dates': 'Күндөрү',
  'edition.hostCity': 'Өткөрүлүүчү шаар',
  'edition.organizers': 'Уюштуруучулар',
  'edition.delegations': 'Делегациялар',
  'edition.headOfDelegation': 'Делегация башчысы',
  'edition.programme': 'Программа',
  'edition.speakers': 'Баяндамачылар',
  'error.notFound.title': 'Барак табылган жок',
  'error.backHome': 'Бардык форумдарга кайтуу',
};
