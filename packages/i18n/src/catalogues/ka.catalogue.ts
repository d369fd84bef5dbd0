// Georgian UI messages: navigation and headings; every other key falls back to English.
import type { PartialCatalogue } from './en.catalogue.js';

export const ka: PartialCatalogue = {
  'site.tagline': 'რეგიონული თანამშრომლობის ფორუმები',
  'nav.home': 'ყველა ფორუმი',
  'nav.main': 'მთავარი ნავიგაცია',
  'nav.skipToContent': 'შინაარსზე გადასვლა',
  'nav.language': 'ენა',
  'home.title': 'რეგიონული თანამშრომლობის ფორუმები',
  'series.region': 'რეგიონი',
  'series.countries': 'მონაწილე ქვეყნები',
  'series.coOrganizers': 'თანაორგანიზატორები',
  'series.focusTracks': 'ძირითადი მიმართულებები',
  'series.editions': 'ფორუმები',
  'edition.theme': 'თემა',
  'edition.dates': 'თარიღები',
  'edition.hostCity': 'მასპინძელი ქალაქი',
  'edition.organizers': 'ორგანიზატორები',
  'edition.delegations': 'დელეგაციები',
  'edition.headOfDelegation': 'დელეგაციის ხელმძღვანელი',
  'edition.programme': 'პროგრამა',
  'edition.speakers': 'მომხსენებლები',
  'error.notFound.title': 'გვერდი ვერ მოიძებნა',
  'error.backHome': 'ყველა ფორუმზე დაბრუნება',
};
