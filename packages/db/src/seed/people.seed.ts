// Organizations and people, keyed by slug.
import { ZOrganizationInput, ZPersonInput, type OrganizationInput, type PersonInput } from '@caravan/forums';
import type { Organization, Person, PrismaClient } from '../generated/prisma/client.js';
import { validate } from './validate.js';

export async function upsertOrganization(prisma: PrismaClient, input: OrganizationInput): Promise<Organization> {
  const org = validate(ZOrganizationInput, input, `organization ${input.slug}`);
  const data = { name: org.name, kind: org.kind, countryCode: org.countryCode ?? null, website: org.website ?? null };
  return prisma.organization.upsert({ where: { slug: org.slug }, create: { slug: org.slug, ...data }, update: data });
}

/** A person; `organizationSlug` names an organization upserted before. */
export async function upsertPerson(
  prisma: PrismaClient,
  input: Omit<PersonInput, 'organizationId'> & { organizationSlug?: string },
): Promise<Person> {
  const { organizationSlug, ...rest } = input;
  const organization = organizationSlug
    ? await prisma.organization.findUniqueOrThrow({ where: { slug: organizationSlug } })
    : undefined;
  const person = validate(ZPersonInput, { ...rest, organizationId: organization?.id ?? null }, `person ${input.slug}`);
  const data = {
    name: person.name,
    position: person.position,
    organizationId: person.organizationId ?? null,
    countryCode: person.countryCode ?? null,
    photoUrl: person.photoUrl ?? null,
    published: person.published ?? true,
  };
  return prisma.person.upsert({ where: { slug: person.slug }, create: { slug: person.slug, ...data }, update: data });
}
