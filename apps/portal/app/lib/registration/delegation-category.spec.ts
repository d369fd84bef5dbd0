import { delegationCategory } from './delegation-category.js';
import type { CategoryView, RegistrationFieldView } from './registration-view.js';

const field = (key: string): RegistrationFieldView => ({ key, input: 'text', label: key, options: [], maxLength: null, min: null, max: null, multiple: false });
const business: CategoryView = { slug: 'business', kind: 'BUSINESS', name: 'Business', description: null, capacity: 10, placesLeft: 3, approval: 'AUTO_APPROVED', visaSupport: 'NONE', fields: [{ key: 'email', required: true }] };
const registration = { fields: ['givenName', 'familyName', 'citizenship', 'email', 'phone', 'outlet'].map(field), categories: [business] };

describe(delegationCategory.name, () => {
  it('takes a public category as the registration describes it', () => {
    expect(delegationCategory({ slug: 'business', kind: 'BUSINESS', name: 'Бизнес' }, registration)).toEqual({ ...business, name: 'Бизнес' });
  });

  it('asks every field of the form for a delegation category, the core ones required', () => {
    const member = delegationCategory({ slug: 'delegation-member', kind: 'DELEGATION_MEMBER', name: 'Member' }, registration);
    expect(member.fields).toEqual([
      { key: 'givenName', required: true },
      { key: 'familyName', required: true },
      { key: 'citizenship', required: true },
      { key: 'email', required: true },
      { key: 'phone', required: false },
    ]);
    expect(member.visaSupport).toBe('OPTIONAL');
  });
});
