// Armenian UI messages: navigation and headings; every other key falls back to English.
import type { PartialCatalogue } from './en.catalogue.js';

export const hy: PartialCatalogue = {
  'site.tagline': 'Տարածաշրջանային համագործակցության ֆորումներ',
  'nav.home': 'Բոլոր ֆորումները',
  'nav.main': 'Հիմնական նավարկում',
  'nav.skipToContent': 'Անցնել բովանդակությանը',
  'nav.language': 'Լեզու',
  'home.title': 'Տարածաշրջանային համագործակցության ֆորումներ',
  'series.region': 'Տարածաշրջան',
  'series.countries': 'Մասնակից երկրներ',
  'series.coOrganizers': 'Համակազմակերպիչներ',
  'series.focusTracks': 'Հիմնական ուղղություններ',
  'series.editions': 'Ֆորումներ',
  'edition.theme': 'Թեմա',
  'edition.dates': 'Ամսաթվեր',
  'edition.hostCity': 'Հյուրընկալող քաղաք',
  'edition.organizers': 'Կազմակերպիչներ',
  'edition.delegations': 'Պատվիրակություններ',
  'edition.headOfDelegation': 'Պատվիրակության ղեկավար',
  'edition.programme': 'Ծրագիր',
  'edition.speakers': 'Ելույթ ունեցողներ',
  'error.notFound.title': 'Էջը չի գտնվել',
  'error.backHome': 'Վերադառնալ բոլոր ֆորումներին',
};
