// Agreements of an edition with their parties, keyed by (editionId, slug). An agreement the
// edition already has is left as it is: its value, confidentiality, publication and parties.
import { ZAgreementInput, type AgreementInput } from '@caravan/forums';
import type { CountryCode } from '@caravan/regions';
import type { Agreement } from '../generated/prisma/client.js';
import { dateColumn } from '../read-models/calendar-date.js';
import type { SeedClient } from './seed-client.js';
import { validate } from './validate.js';

export type AgreementSeed = Omit<AgreementInput, 'parties'> & {
  /** Each party is a country code, a subnational unit id, or an organization slug. */
  parties: ({ countryCode: CountryCode } | { subdivisionId: string } | { organizationSlug: string })[];
};

export async function ensureAgreement(prisma: SeedClient, editionId: string, input: AgreementSeed): Promise<Agreement> {
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
    editionId,
    slug: agreement.slug,
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
  const { count } = await prisma.agreement.createMany({ data: [data], skipDuplicates: true });
  const saved = await prisma.agreement.findUniqueOrThrow({ where: { editionId_slug: { editionId, slug: agreement.slug } } });
  if (count === 0) return saved;
  await prisma.agreementParty.createMany({
    data: agreement.parties.map((party, position) => ({
      agreementId: saved.id,
      countryCode: party.countryCode ?? null,
      subdivisionId: party.subdivisionId ?? null,
      organizationId: party.organizationId ?? null,
      position,
    })),
  });
  return saved;
}
