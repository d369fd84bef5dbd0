import { registryTranslator } from '../../i18n/registry/registry-i18n.js';
import { agreementValue } from './agreement-view.js';

describe('agreement value', () => {
  const t = registryTranslator('en');

  it('shows a disclosed value', () => {
    expect(agreementValue({ confidential: false, value: { amount: '320000000.00', currency: 'CNY' } }, 'en', t)).toEqual({ text: 'CN¥320,000,000', disclosed: true });
  });

  it('never shows a confidential value, even one that reached the portal', () => {
    expect(agreementValue({ confidential: true, value: { amount: '320000000.00', currency: 'CNY' } }, 'en', t)).toEqual({ text: 'Value not disclosed', disclosed: false });
    expect(agreementValue({ confidential: true, value: null }, 'ru', registryTranslator('ru')).text).not.toMatch(/\d/);
  });

  it('says when no value was reported', () => {
    expect(agreementValue({ confidential: false, value: null }, 'en', t)).toEqual({ text: 'Value not reported', disclosed: false });
  });
});
