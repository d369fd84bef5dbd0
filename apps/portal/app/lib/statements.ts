// Statements ordered as the delegations stand in protocol order (a head of delegation's statement
// under their delegation's rank), statements by anyone else after them in the api's order.

interface StatementLike {
  person: { id: string } | null;
}

interface DelegationLike<C> {
  protocolOrder: number;
  country: C | null;
  head: { id: string } | null;
}

export interface RankedStatement<S, C> {
  statement: S;
  country: C | null;
  isHead: boolean;
}

export function statementsInProtocolOrder<S extends StatementLike, C>(statements: readonly S[], delegations: ReadonlyArray<DelegationLike<C>>): RankedStatement<S, C>[] {
  const headOf = new Map<string, DelegationLike<C>>();
  for (const delegation of delegations) if (delegation.head) headOf.set(delegation.head.id, delegation);
  const rank = (statement: S) => (statement.person ? (headOf.get(statement.person.id)?.protocolOrder ?? Number.POSITIVE_INFINITY) : Number.POSITIVE_INFINITY);
  return statements
    .map((statement, index) => ({ statement, index }))
    .sort((a, b) => rank(a.statement) - rank(b.statement) || a.index - b.index)
    .map(({ statement }) => {
      const delegation = statement.person ? headOf.get(statement.person.id) : undefined;
      return { statement, country: delegation?.country ?? null, isHead: delegation !== undefined };
    });
}
