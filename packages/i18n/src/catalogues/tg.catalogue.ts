// Tajik UI messages: navigation and headings; every other key falls back to English.
import type { PartialCatalogue } from './en.catalogue.js';

export const tg: PartialCatalogue = {
  'site.tagline': 'Форумҳои ҳамкории минтақавӣ',
  'nav.home': 'Ҳамаи форумҳо',
  'nav.main': 'Навигатсияи асосӣ',
  'nav.skipToContent': 'Гузариш ба мундариҷа',
  'nav.language': 'Забон',
  'home.title': 'Форумҳои ҳамкории минтақавӣ',
  'series.region': 'Минтақа',
  'series.countries': 'Кишварҳои иштирокчӣ',
  'series.coOrganizers': 'Ташкилкунандагони муштарак',
  'series.focusTracks': 'Самтҳои асосӣ',
  'series.editions': 'Форумҳо',
  'edition.theme': 'Мавзӯъ',
  'edition.dates': 'Санаҳо',
  'edition.hostCity': 'Шаҳри баргузорӣ',
  'edition.organizers': 'Ташкилкунандагон',
  'edition.delegations': 'Ҳайатҳо',
  'edition.headOfDelegation': 'Роҳбари ҳайат',
  'edition.programme': 'Барнома',
  'edition.speakers': 'Суханронон',
  'error.notFound.title': 'Саҳифа ёфт нашуд',
  'error.backHome': 'Бозгашт ба ҳамаи форумҳо',
};
