// Uzbek (Latin script) UI messages: navigation and headings; every other key falls back to English.
import type { PartialCatalogue } from './en.catalogue.js';

export const uz: PartialCatalogue = {
  'site.tagline': 'Mintaqaviy hamkorlik forumlari',
  'nav.home': 'Barcha forumlar',
  'nav.main': 'Asosiy navigatsiya',
  'nav.skipToContent': 'Asosiy mazmunga oʻtish',
  'nav.language': 'Til',
  'home.title': 'Mintaqaviy hamkorlik forumlari',
  'series.region': 'Mintaqa',
  'series.countries': 'Ishtirokchi davlatlar',
  'series.coOrganizers': 'Hamkor tashkilotchilar',
  'series.focusTracks': 'Asosiy yoʻnalishlar',
  'series.editions': 'Forumlar',
  'edition.theme': 'Mavzu',
  'edition.dates': 'Sanalar',
  'edition.hostCity': 'Oʻtkaziladigan shahar',
  'edition.organizers': 'Tashkilotchilar',
  'edition.delegations': 'Delegatsiyalar',
  'edition.headOfDelegation': 'Delegatsiya rahbari',
  'edition.programme': 'Dastur',
  'edition.speakers': 'Maʼruzachilar',
  'error.notFound.title': 'Sahifa topilmadi',
  'error.backHome': 'Barcha forumlarga qaytish',
};
