// National delegations of an edition (head, members, protocol order) and attributed statements.
// Each builder creates what is missing and returns an existing record as it is.
import { ZDelegationInput, ZStatementInput } from '@caravan/forums';
import type { CountryCode } from '@caravan/regions';
import type { Delegation, Statement } from '../generated/prisma/client.js';
import type { SeedClient } from './seed-client.js';
import { validate } from './validate.js';

type Text = Record<string, string>;

export interface DelegationSeed {
  /** A catalogue country code; ZDelegationInput checks it. */
  countryCode: string;
  name?: Text;
  headSlug?: string;
  protocolOrder: number;
  members?: { personSlug: string; role?: Text }[];
  published?: boolean;
}

const personId = async (prisma: SeedClient, slug: string): Promise<string> => (await prisma.person.findUniqueOrThrow({ where: { slug } })).id;

export async function ensureDelegation(prisma: SeedClient, editionId: string, input: DelegationSeed): Promise<Delegation> {
  const members = input.members ?? [];
  const delegation = validate(
    ZDelegationInput,
    // The schema checks the code against the catalogue; the seed's data only promises a string.
    { countryCode: input.countryCode as CountryCode, name: input.name, head: input.headSlug, protocolOrder: input.protocolOrder, members: members.map((m) => ({ person: m.personSlug, role: m.role })), published: input.published },
    `delegation ${input.countryCode}`,
  );
  const data = {
    editionId,
    countryCode: delegation.countryCode,
    ...(delegation.name ? { name: delegation.name } : {}),
    headPersonId: delegation.head ? await personId(prisma, delegation.head) : null,
    protocolOrder: delegation.protocolOrder,
    published: delegation.published ?? true,
  };
  const { count } = await prisma.delegation.createMany({ data: [data], skipDuplicates: true });
  const saved = await prisma.delegation.findUniqueOrThrow({ where: { editionId_countryCode: { editionId, countryCode: delegation.countryCode } } });
  if (count === 0) return saved;
  for (const [position, member] of (delegation.members ?? []).entries()) {
    const id = await personId(prisma, member.person);
    await prisma.delegationMember.create({ data: { delegationId: saved.id, personId: id, role: member.role ?? undefined, position } });
  }
  return saved;
}

export interface StatementSeed {
  personSlug: string;
  sessionSlug?: string;
  /** A short summary in our own words, attributed to the person; never a quotation. */
  summary: Text;
  published?: boolean;
}

/** One statement per person and session: that pair is the statement's natural key. */
export async function ensureStatement(prisma: SeedClient, editionId: string, input: StatementSeed): Promise<Statement> {
  const statement = validate(ZStatementInput, { person: input.personSlug, session: input.sessionSlug, summary: input.summary, published: input.published }, `statement of ${input.personSlug}`);
  const session = statement.session
    ? await prisma.session.findUniqueOrThrow({ where: { editionId_slug: { editionId, slug: statement.session } } })
    : null;
  const key = { editionId, personId: await personId(prisma, statement.person), sessionId: session?.id ?? null };
  const data = { summary: statement.summary, published: statement.published ?? true };
  const existing = await prisma.statement.findFirst({ where: key });
  return existing ?? prisma.statement.create({ data: { ...key, ...data } });
}
