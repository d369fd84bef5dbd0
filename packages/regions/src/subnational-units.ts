// Provinces, regions, cities and districts that sign agreements or host editions.
import type { CountryCode } from './countries.js';
import { CatalogueError } from './errors.js';
import type { LocalizedText } from './localized-text.js';

export type SubnationalUnitKind = 'autonomous-region' | 'province' | 'region' | 'city' | 'district';

export interface SubnationalUnit {
  /** ISO 3166-2 code where one exists, else a stable lower-case slug. */
  id: string;
  isoCode?: string;
  name: LocalizedText;
  kind: SubnationalUnitKind;
  country: CountryCode;
  /** id of the enclosing unit. */
  parent?: string;
  /** id of the unit's administrative centre, when that is catalogued too. */
  capital?: string;
}

export const subnationalUnits: readonly SubnationalUnit[] = [
  {
    id: 'CN-NX',
    isoCode: 'CN-NX',
    kind: 'autonomous-region',
    country: 'CN',
    capital: 'cn-nx-yinchuan',
    name: { en: 'Ningxia Hui Autonomous Region', 'zh-Hans': '宁夏回族自治区', ru: 'Нинся-Хуэйский автономный район' },
  },
  {
    id: 'cn-nx-yinchuan',
    kind: 'city',
    country: 'CN',
    parent: 'CN-NX',
    name: { en: 'Yinchuan', 'zh-Hans': '银川', ru: 'Иньчуань' },
  },
  {
    id: 'cn-nx-shizuishan',
    kind: 'city',
    country: 'CN',
    parent: 'CN-NX',
    name: { en: 'Shizuishan', 'zh-Hans': '石嘴山', ru: 'Шицзуйшань' },
  },
  {
    id: 'UZ-SA',
    isoCode: 'UZ-SA',
    kind: 'region',
    country: 'UZ',
    name: { en: 'Samarkand Region', 'zh-Hans': '撒马尔罕州', ru: 'Самаркандская область', uz: 'Samarqand viloyati' },
  },
  {
    id: 'UZ-XO',
    isoCode: 'UZ-XO',
    kind: 'region',
    country: 'UZ',
    name: { en: 'Khorezm Region', 'zh-Hans': '花拉子模州', ru: 'Хорезмская область', uz: 'Xorazm viloyati' },
  },
  {
    id: 'uz-sa-nurabad',
    kind: 'district',
    country: 'UZ',
    parent: 'UZ-SA',
    name: { en: 'Nurabad District', 'zh-Hans': '努拉巴德区', ru: 'Нурабадский район', uz: 'Nurobod tumani' },
  },
];

export function getSubnationalUnit(id: string): SubnationalUnit {
  const found = subnationalUnits.find((u) => u.id === id || u.isoCode === id);
  if (!found) {
    throw new CatalogueError(
      'UNKNOWN_SUBNATIONAL_UNIT',
      `Unknown subnational unit "${id}"; known ids are ${subnationalUnits.map((u) => u.id).join(', ')}`,
    );
  }
  return found;
}

export function subnationalUnitsOf(country: CountryCode): SubnationalUnit[] {
  return subnationalUnits.filter((u) => u.country === country);
}
