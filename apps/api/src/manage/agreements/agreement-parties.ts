// Agreement parties between the GraphQL input (organization by slug) and ZAgreementInput
// (organization by id), and the catalogue checks the schema cannot make on its own.
import type { Prisma } from '@caravan/db';
import type { AgreementPartyInput as ParsedParty } from '@caravan/forums';
import { badInput, type FieldProblem } from '../../common/errors/app-error.js';
import { resolveOrganization } from '../organizations/organization-refs.js';
import type { AgreementPartyInput } from './agreement.inputs.js';

export interface PartyRow {
  countryCode: string | null;
  subdivisionId: string | null;
  organizationId: string | null;
  position: number;
}

/** The parties as ZAgreementInput takes them; unknown organization slugs are BAD_USER_INPUT. */
export async function partiesForSchema(tx: Prisma.TransactionClient, parties: readonly AgreementPartyInput[]): Promise<Record<string, string>[]> {
  return Promise.all(
    parties.map(async (party, index) => {
      const out: Record<string, string> = {};
      if (party.countryCode != null) out['countryCode'] = party.countryCode;
      if (party.subdivisionId != null) out['subdivisionId'] = party.subdivisionId;
      if (party.organization != null) out['organizationId'] = await resolveOrganization(tx, party.organization, `parties.${index}.organization`);
      return out;
    }),
  );
}

/** Current party rows back into schema form, for an update that keeps them. */
export function partiesFromRows(rows: readonly PartyRow[]): Record<string, string>[] {
  return rows.map((row) => {
    const out: Record<string, string> = {};
    if (row.countryCode !== null) out['countryCode'] = row.countryCode;
    if (row.subdivisionId !== null) out['subdivisionId'] = row.subdivisionId;
    if (row.organizationId !== null) out['organizationId'] = row.organizationId;
    return out;
  });
}

/** Subdivision ids must name catalogue units (country codes are checked by the schema). */
export async function checkSubdivisions(tx: Prisma.TransactionClient, parties: readonly ParsedParty[]): Promise<void> {
  const ids = [...new Set(parties.flatMap((party) => (party.subdivisionId ? [party.subdivisionId] : [])))];
  const known = new Set((await tx.subnationalUnit.findMany({ where: { id: { in: ids } }, select: { id: true } })).map((row) => row.id));
  const problems: FieldProblem[] = parties.flatMap((party, index) =>
    party.subdivisionId && !known.has(party.subdivisionId)
      ? [{ field: `parties.${index}.subdivisionId`, reason: `names no subnational unit "${party.subdivisionId}" of the catalogue (e.g. CN-NX)` }]
      : [],
  );
  if (problems.length) throw badInput(problems);
}

export function partyRows(parties: readonly ParsedParty[]): PartyRow[] {
  return parties.map((party, position) => ({
    countryCode: party.countryCode ?? null,
    subdivisionId: party.subdivisionId ?? null,
    organizationId: party.organizationId ?? null,
    position,
  }));
}
