// Kazakh UI messages: navigation and headings; every other key falls back to English.
import type { PartialCatalogue } from './en.catalogue.js';

export const kk: PartialCatalogue = {
  'site.tagline': 'Өңірлік ынтымақтастық форумдары',
  'nav.home': 'Барлық форумдар',
  'nav.main': 'Негізгі навигация',
  'nav.skipToContent': 'Мазмұнға өту',
  'nav.language': 'Тіл',
  'home.title': 'Өңірлік ынтымақтастық форумдары',
  'series.region': 'Өңір',
  'series.countries': 'Қатысушы елдер',
  'series.coOrganizers': 'Бірлескен ұйымдастырушылар',
  'series.focusTracks': 'Негізгі бағыттар',
  'series.editions': 'Форумдар',
  'edition.theme': 'Тақырып',
  'edition.dates': 'Күндері',
  'edition.hostCity': 'Өтетін қала',
  'edition.organizers': 'Ұйымдастырушылар',
  'edition.delegations': 'Делегациялар',
  'edition.headOfDelegation': 'Делегация басшысы',
  'edition.programme': 'Бағдарлама',
  'edition.speakers': 'Баяндамашылар',
  'error.notFound.title': 'Бет табылмады',
  'error.backHome': 'Барлық форумдарға оралу',
};
