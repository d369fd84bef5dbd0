// Organizations and people, keyed by slug. Each may be owned by a series (only its organizers
// edit it); an owner given here is set, an owner left out is left as it is.
import { ZOrganizationInput, ZPersonInput, type OrganizationInput, type PersonInput } from '@caravan/forums';
import type { Organization, Person, PrismaClient } from '../generated/prisma/client.js';
import { DbError } from '../errors.js';
import { validate } from './validate.js';

/** The series that owns a record; omit it to leave the current owner untouched. */
export interface RecordOwner {
  seriesId: string;
}

const ownerData = (owner: RecordOwner | undefined) => (owner ? { seriesId: owner.seriesId } : {});

export async function upsertOrganization(prisma: PrismaClient, input: OrganizationInput, owner?: RecordOwner): Promise<Organization> {
  const org = validate(ZOrganizationInput, input, `organization ${input.slug}`);
  const data = { name: org.name, kind: org.kind, countryCode: org.countryCode ?? null, website: org.website ?? null, ...ownerData(owner) };
  return prisma.organization.upsert({ where: { slug: org.slug }, create: { slug: org.slug, ...data }, update: data });
}

/** A person; `organizationSlug` names an organization upserted before. */
export async function upsertPerson(
  prisma: PrismaClient,
  input: Omit<PersonInput, 'organizationId'> & { organizationSlug?: string },
  owner?: RecordOwner,
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
    ...ownerData(owner),
  };
  return prisma.person.upsert({ where: { slug: person.slug }, create: { slug: person.slug, ...data }, update: data });
}

/**
 * Makes a series the owner of organizations and people created before it existed (the seed
 * needs the organizations first: they co-organize the series). Unknown slugs are an error.
 */
export async function assignSeriesOwner(
  prisma: PrismaClient,
  owner: RecordOwner,
  slugs: { organizations: readonly string[]; people: readonly string[] },
): Promise<void> {
  const [organizations, people] = await Promise.all([
    prisma.organization.updateMany({ where: { slug: { in: [...slugs.organizations] } }, data: { seriesId: owner.seriesId } }),
    prisma.person.updateMany({ where: { slug: { in: [...slugs.people] } }, data: { seriesId: owner.seriesId } }),
  ]);
  if (organizations.count !== new Set(slugs.organizations).size || people.count !== new Set(slugs.people).size) {
    throw new DbError(
      'SEED_INPUT_INVALID',
      `assignSeriesOwner found ${organizations.count} of ${slugs.organizations.length} organizations and ${people.count} of ${slugs.people.length} people; upsert them first`,
    );
  }
}
