// National delegations of an edition (head, members, protocol order) and attributed statements.
import type { Delegation, PrismaClient, Statement } from '../generated/prisma/client.js';

type Text = Record<string, string>;

export interface DelegationSeed {
  countryCode: string;
  name: Text;
  headSlug: string;
  protocolOrder: number;
  members: { personSlug: string; role: Text }[];
}

export async function upsertDelegation(prisma: PrismaClient, editionId: string, input: DelegationSeed): Promise<Delegation> {
  const head = await prisma.person.findUniqueOrThrow({ where: { slug: input.headSlug } });
  const data = { name: input.name, headPersonId: head.id, protocolOrder: input.protocolOrder };
  const delegation = await prisma.delegation.upsert({
    where: { editionId_countryCode: { editionId, countryCode: input.countryCode } },
    create: { editionId, countryCode: input.countryCode, ...data },
    update: data,
  });
  for (const [position, member] of input.members.entries()) {
    const person = await prisma.person.findUniqueOrThrow({ where: { slug: member.personSlug } });
    await prisma.delegationMember.upsert({
      where: { delegationId_personId: { delegationId: delegation.id, personId: person.id } },
      create: { delegationId: delegation.id, personId: person.id, role: member.role, position },
      update: { role: member.role, position },
    });
  }
  return delegation;
}

export interface StatementSeed {
  personSlug: string;
  sessionSlug?: string;
  /** A short summary in our own words, attributed to the person; never a quotation. */
  summary: Text;
}

/** One statement per person and session: that pair is the statement's natural key. */
export async function upsertStatement(prisma: PrismaClient, editionId: string, input: StatementSeed): Promise<Statement> {
  const person = await prisma.person.findUniqueOrThrow({ where: { slug: input.personSlug } });
  const session = input.sessionSlug
    ? await prisma.session.findUniqueOrThrow({ where: { editionId_slug: { editionId, slug: input.sessionSlug } } })
    : null;
  const key = { editionId, personId: person.id, sessionId: session?.id ?? null };
  const existing = await prisma.statement.findFirst({ where: key });
  return existing
    ? prisma.statement.update({ where: { id: existing.id }, data: { summary: input.summary } })
    : prisma.statement.create({ data: { ...key, summary: input.summary } });
}
