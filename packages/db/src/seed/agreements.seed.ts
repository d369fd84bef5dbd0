// Agreements of an edition with their parties, keyed by (editionId, slug).
import { ZAgreementInput, type AgreementInput } from '@caravan/forums';
import type { CountryCode } from '@caravan/regions';
import type { Agreement, PrismaClient } from '../generated/prisma/client.js';
import { dateColumn } from '../read-models/calendar-date.js';
import { validate } from './validate.js';

export type AgreementSeed = Omit<AgreementInput, 'parties'> & {
  /** Each party is a country code, a subnational unit id, or an organization slug. */
  parties: ({ countryCode: CountryCode } | { subdivisionId: string } | { organizationSlug: string })[];
};

interface PartyRow {
  countryCode: string | null;
  subdivisionId: string | null;
  organizationId: string | null;
  position: number;
}

const sameParties = (a: PartyRow[], b: PartyRow[]): boolean =>
  a.length === b.length &&
  a.every(
    (p, i) =>
      p.countryCode === b[i]?.countryCode &&
      p.subdivisionId === b[i]?.subdivisionId &&
      p.organizationId === b[i]?.organizationId &&
      p.position === b[i]?.position,
  );

export async function upsertAgreement(prisma: PrismaClient, editionId: string, input: AgreementSeed): Promise<Agreement> {
  const parties = await Promise.all(
    input.parties.map(async (party) =>
      'organizationSlug' in party
        ? { organizationId: (await prisma.organization.findUniqueOrThrow({ where: { slug: party.organizationSlug } })).id }
        : party,
    ),
  );
  const agreement = validate(ZAgreementInput, { ...input, parties }, `agreement ${input.slug}`);
  const track = agreement.trackSlug
    ? await prisma.track.findUniqueOrThrow({ where: { editionId_slug: { editionId, slug: agreement.trackSlug } } })
    : null;
  const session = agreement.sessionSlug
    ? await prisma.session.findUniqueOrThrow({ where: { editionId_slug: { editionId, slug: agreement.sessionSlug } } })
    : null;
  const data = {
    title: agreement.title,
    ...(agreement.summary ? { summary: agreement.summary } : {}),
    type: agreement.type,
    status: agreement.status ?? 'PROPOSED',
    trackId: track?.id ?? null,
    sessionId: session?.id ?? null,
    valueAmount: agreement.valueAmount ?? null,
    currency: agreement.currency ?? null,
    confidential: agreement.confidential ?? false,
    signedOn: dateColumn(agreement.signedOn),
    isDemo: agreement.isDemo ?? false,
    published: agreement.published ?? true,
  };
  const saved = await prisma.agreement.upsert({
    where: { editionId_slug: { editionId, slug: agreement.slug } },
    create: { editionId, slug: agreement.slug, ...data },
    update: data,
  });
  const wanted: PartyRow[] = agreement.parties.map((party, position) => ({
    countryCode: party.countryCode ?? null,
    subdivisionId: party.subdivisionId ?? null,
    organizationId: party.organizationId ?? null,
    position,
  }));
  const current = await prisma.agreementParty.findMany({ where: { agreementId: saved.id }, orderBy: { position: 'asc' } });
  // Parties have no natural key; rewrite them only when they differ, so a re-run keeps their ids.
  if (!sameParties(current, wanted)) {
    await prisma.$transaction([
      prisma.agreementParty.deleteMany({ where: { agreementId: saved.id } }),
      prisma.agreementParty.createMany({ data: wanted.map((party) => ({ agreementId: saved.id, ...party })) }),
    ]);
  }
  return saved;
}
