// Turkmen UI messages: navigation and headings; every other key falls back to English.
import type { PartialCatalogue } from './en.catalogue.js';

export const tk: PartialCatalogue = {
  'site.tagline': 'Sebitleýin hyzmatdaşlyk forumlary',
  'nav.home': 'Ähli forumlar',
  'nav.main': 'Esasy nawigasiýa',
  'nav.skipToContent': 'Mazmuna geç',
  'nav.language': 'Dil',
  'home.title': 'Sebitleýin hyzmatdaşlyk forumlary',
  'series.region': 'Sebit',
  'series.countries': 'Gatnaşyjy ýurtlar',
  'series.coOrganizers': 'Bilelikdäki guramaçylar',
  'series.focusTracks': 'Esasy ugurlar',
  'series.editions': 'Forumlar',
  'edition.theme': 'Tema',
  'edition.dates': 'Seneler',
  'edition.hostCity': 'Geçirilýän şäher',
  'edition.organizers': 'Guramaçylar',
  'edition.delegations': 'Wekiliýetler',
  'edition.headOfDelegation': 'Wekiliýetiň ýolbaşçysy',
  'edition.programme': 'Maksatnama',
  'edition.speakers': 'Çykyş edenler',
  'error.notFound.title': 'Sahypa tapylmady',
  'error.backHome': 'Ähli forumlara dolan',
};
