// GraphQL inputs of the delegation mutations, derived from ZDelegationInput of @caravan/forums.
import { ZDelegationInput, ZDelegationMembersInput } from '@caravan/forums';
import { inputType, type InputOf, type PatchOf } from '../../common/write/input-type.js';

const ZMember = ZDelegationMembersInput.element;
export const DelegationMemberInput = inputType('DelegationMemberInput', ZMember, {
  description: 'A member of a delegation; members are listed in protocol order.',
  fields: {
    person: 'Slug of the person (of this series, shared, or published by another series).',
    role: 'Role in the delegation, e.g. en "Adviser", at least in English when given.',
  },
});
export type DelegationMemberInput = InputOf<typeof ZMember>;

const FIELDS = {
  countryCode: 'Catalogue country code of the delegation, e.g. KZ; one delegation per country and edition.',
  name: 'Name when it is not simply the country, at least in English.',
  head: 'Slug of the person heading the delegation.',
  protocolOrder: 'Position in the protocol order, 0 or more, lowest first.',
  members: { description: 'Members in protocol order, each person once; on an update the whole list is replaced when given.', type: () => [DelegationMemberInput] },
  published: 'Visible to visitors right away; false (a draft) when left out.',
} as const;

export const CreateDelegationInput = inputType('CreateDelegationInput', ZDelegationInput, { description: "A country's delegation to an edition.", fields: FIELDS });
export type CreateDelegationInput = InputOf<typeof ZDelegationInput>;

export const UpdateDelegationInput = inputType('UpdateDelegationInput', ZDelegationInput, {
  description: 'Changes to a delegation: a field left out keeps its value; null clears name or head.',
  fields: FIELDS,
  omit: ['published'],
  patch: true,
});
export type UpdateDelegationInput = PatchOf<typeof ZDelegationInput, 'published'>;
