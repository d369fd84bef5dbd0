// Azerbaijani UI messages: navigation and headings; every other key falls back to English.
import type { PartialCatalogue } from './en.catalogue.js';

export const az: PartialCatalogue = {
  'site.tagline': 'Regional əməkdaşlıq forumları',
  'nav.home': 'Bütün forumlar',
  'nav.main': 'Əsas naviqasiya',
  'nav.skipToContent': 'Məzmuna keçid',
  'nav.language': 'Dil',
  'home.title': 'Regional əməkdaşlıq forumları',
  'series.region': 'Region',
  'series.countries': 'İştirakçı ölkələr',
  'series.coOrganizers': 'Həmtəşkilatçılar',
  'series.focusTracks': 'Əsas istiqamətlər',
  'series.editions': 'Forumlar',
  'edition.theme': 'Mövzu',
  'edition.dates': 'Tarixlər',
  'edition.hostCity': 'Ev sahibi şəhər',
  'edition.organizers': 'Təşkilatçılar',
  'edition.delegations': 'Nümayəndə heyətləri',
  'edition.headOfDelegation': 'Nümayəndə heyətinin rəhbəri',
  'edition.programme': 'Proqram',
  'edition.speakers': 'Məruzəçilər',
  'error.notFound.title': 'Səhifə tapılmadı',
  'error.backHome': 'Bütün forumlara qayıt',
};
