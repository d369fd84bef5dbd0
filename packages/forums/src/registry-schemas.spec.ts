// The schemas of the registry writes (people, delegations, statements, milestones, indicators).
import type { z } from 'zod';
import {
  ZAgreementMilestoneInput,
  ZDelegationInput,
  ZDelegationMembersInput,
  ZIndicatorInput,
  ZIndicatorValueInput,
  ZPersonEditInput,
  ZStatementInput,
} from './schemas.js';

function issuesOf(schema: z.ZodType, input: unknown): [string, string][] {
  const result = schema.safeParse(input);
  if (result.success) throw new Error(`expected ${JSON.stringify(input)} to be rejected`);
  return result.error.issues.map((i) => [i.path.map(String).join('.'), i.message]);
}

describe('ZPersonEditInput', () => {
  it('names the organization by slug instead of by id', () => {
    const person = { slug: 'aibek-test', name: { en: 'Aibek Test', ru: 'Айбек Тест' }, position: { en: 'Deputy minister' }, organization: 'ministry-of-trade', countryCode: 'KG' };
    expect(ZPersonEditInput.parse(person)).toEqual(person);
    expect(issuesOf(ZPersonEditInput, { ...person, organization: 'Ministry Of Trade' })).toEqual([
      ['organization', '"Ministry Of Trade" is not a kebab-case slug (lower-case letters, digits and single hyphens)'],
    ]);
    expect(ZPersonEditInput.safeParse({ ...person, organizationId: 'abc' }).data).not.toHaveProperty('organizationId');
  });
});

describe('ZDelegationInput and ZDelegationMembersInput', () => {
  it('accepts a delegation with a head and members, members optional', () => {
    const delegation = { countryCode: 'KZ', head: 'a-head', protocolOrder: 1, members: [{ person: 'a-head' }, { person: 'b-member', role: { en: 'Adviser' } }] };
    expect(ZDelegationInput.parse(delegation)).toEqual(delegation);
    expect(ZDelegationInput.parse({ countryCode: 'GE', protocolOrder: 0 })).toEqual({ countryCode: 'GE', protocolOrder: 0 });
  });

  it('refuses a country outside the catalogue, a negative order and a person listed twice', () => {
    expect(issuesOf(ZDelegationInput, { countryCode: 'FR', protocolOrder: -1, members: [{ person: 'x' }, { person: 'x' }] }).map(([field]) => field)).toEqual([
      'countryCode',
      'protocolOrder',
      'members.1.person',
    ]);
    expect(issuesOf(ZDelegationMembersInput, [{ person: 'x' }, { person: 'x' }])).toEqual([['1.person', 'lists x twice']]);
  });
});

describe('ZStatementInput', () => {
  it('needs a person and an English summary', () => {
    expect(ZStatementInput.parse({ person: 'p', session: 'opening', summary: { en: 'Called for more flights.' } }).session).toBe('opening');
    expect(issuesOf(ZStatementInput, { person: 'p', summary: { ru: 'Только русский' } })).toEqual([
      ['summary', 'an English ("en") text is required: it is the fallback for every visitor'],
    ]);
  });
});

describe('ZAgreementMilestoneInput', () => {
  it('takes a status of the lifecycle and a calendar date', () => {
    expect(ZAgreementMilestoneInput.parse({ status: 'IN_IMPLEMENTATION', date: '2025-06-01' }).status).toBe('IN_IMPLEMENTATION');
    expect(issuesOf(ZAgreementMilestoneInput, { status: 'DONE', date: '2025-13-01' }).map(([field]) => field)).toEqual(['status', 'date']);
  });
});

describe('ZIndicatorInput and ZIndicatorValueInput', () => {
  it('accepts an indicator and the period forms the seed uses', () => {
    expect(ZIndicatorInput.parse({ slug: 'trade-cn-kz', name: { en: 'Trade' }, unit: 'USD', countryCodes: ['CN', 'KZ'] }).unit).toBe('USD');
    for (const period of ['2023', '2024-01/2024-09', '2007/2023', '2024-10-26']) {
      expect(ZIndicatorValueInput.safeParse({ period, periodStart: '2007-01-01', periodEnd: '2024-12-31', value: '89400000000.00' }).success).toBe(true);
    }
  });

  it('refuses repeated countries, bad periods and values, and an end before the start', () => {
    expect(issuesOf(ZIndicatorInput, { slug: 's', name: { en: 'n' }, unit: ' ', countryCodes: ['CN', 'CN'] }).map(([field]) => field)).toEqual(['unit', 'countryCodes']);
    expect(issuesOf(ZIndicatorValueInput, { period: 'last year', periodStart: '2024-01-01', periodEnd: '2024-12-31', value: '1e9', qualifier: 'roughly' }).map(([field]) => field)).toEqual([
      'period',
      'value',
      'qualifier',
    ]);
    expect(issuesOf(ZIndicatorValueInput, { period: '2024', periodStart: '2024-01-01', periodEnd: '2023-12-31', value: '-3.5' })).toEqual([
      ['periodEnd', 'periodEnd 2023-12-31 is before periodStart 2024-01-01'],
    ]);
  });
});

describe('ZIndicatorValueInput messages', () => {
  it('say what a period and a value look like', () => {
    expect(issuesOf(ZIndicatorValueInput, { period: '2024-1', periodStart: '2024-01-01', periodEnd: '2024-12-31', value: '1,5' })).toEqual([
      ['period', '"2024-1" is not a period like 2023, 2024-01/2024-09 or 2007/2023'],
      ['value', '"1,5" is not a decimal number with at most 18 digits and 2 decimals (e.g. 89400000000.00)'],
    ]);
    expect(issuesOf(ZIndicatorValueInput, { period: '2024', periodStart: '2024-01-01', periodEnd: '2024-12-31', value: '1', qualifier: 'roughly' })).toEqual([
      ['qualifier', '"roughly" is not one of over, under, about'],
    ]);
  });

  it('takes a period of one day', () => {
    expect(ZIndicatorValueInput.safeParse({ period: '2024-10-26', periodStart: '2024-10-26', periodEnd: '2024-10-26', value: '0' }).success).toBe(true);
  });
});

describe('registry cross-field rules', () => {
  it('report custom issues', () => {
    const codes = (schema: z.ZodType, input: unknown) => schema.safeParse(input).error?.issues.map((issue) => issue.code);
    expect(codes(ZDelegationMembersInput, [{ person: 'x' }, { person: 'x' }])).toEqual(['custom']);
    expect(codes(ZIndicatorValueInput, { period: '2024', periodStart: '2024-01-01', periodEnd: '2023-12-31', value: '1' })).toEqual(['custom']);
  });
});

