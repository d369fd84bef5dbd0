// Organizations and people, keyed by slug. Each may be owned by a series (only its organizers
// edit it). The builders create what is missing and leave an existing record as it is.
import { ZOrganizationInput, ZPersonInput, type OrganizationInput, type PersonInput } from '@caravan/forums';
import type { Organization, Person } from '../generated/prisma/client.js';
import { DbError } from '../errors.js';
import type { SeedClient } from './seed-client.js';
import { validate } from './validate.js';

/** The series that owns a record. */
export interface RecordOwner {
  seriesId: string;
}

const ownerData = (owner: RecordOwner | undefined) => (owner ? { seriesId: owner.seriesId } : {});

export async function ensureOrganization(prisma: SeedClient, input: OrganizationInput, owner?: RecordOwner): Promise<Organization> {
  const org = validate(ZOrganizationInput, input, `organization ${input.slug}`);
  const data = { slug: org.slug, name: org.name, kind: org.kind, countryCode: org.countryCode ?? null, website: org.website ?? null, ...ownerData(owner) };
  await prisma.organization.createMany({ data: [data], skipDuplicates: true });
  return prisma.organization.findUniqueOrThrow({ where: { slug: org.slug } });
}

/** A person; `organizationSlug` names an organization created before. */
export async function ensurePerson(
  prisma: SeedClient,
  input: Omit<PersonInput, 'organizationId'> & { organizationSlug?: string },
  owner?: RecordOwner,
): Promise<Person> {
  const { organizationSlug, ...rest } = input;
  const organization = organizationSlug
    ? await prisma.organization.findUniqueOrThrow({ where: { slug: organizationSlug } })
    : undefined;
  const person = validate(ZPersonInput, { ...rest, organizationId: organization?.id ?? null }, `person ${input.slug}`);
  const data = {
    slug: person.slug,
    name: person.name,
    position: person.position,
    organizationId: person.organizationId ?? null,
    countryCode: person.countryCode ?? null,
    photoUrl: person.photoUrl ?? null,
    published: person.published ?? true,
    ...ownerData(owner),
  };
  await prisma.person.createMany({ data: [data], skipDuplicates: true });
  return prisma.person.findUniqueOrThrow({ where: { slug: person.slug } });
}

/**
 * Makes a series the owner of organizations and people created before it existed (the seed
 * needs the organizations first: they co-organize the series). Unknown slugs are an error. The
 * demo seed calls it only in the run that creates the series.
 */
export async function assignSeriesOwner(
  prisma: SeedClient,
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
      `assignSeriesOwner found ${organizations.count} of ${slugs.organizations.length} organizations and ${people.count} of ${slugs.people.length} people; create them first`,
    );
  }
}
