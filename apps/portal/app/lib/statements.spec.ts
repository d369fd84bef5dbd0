import { statementsInProtocolOrder } from './statements.js';

describe(statementsInProtocolOrder.name, () => {
  it('orders heads of delegation by protocol order, others after them as listed', () => {
    const delegations = [
      { protocolOrder: 2, country: 'TJ', head: { id: 'sulaimon' } },
      { protocolOrder: 1, country: 'KG', head: { id: 'edil' } },
      { protocolOrder: 3, country: 'UZ', head: null },
    ];
    const ranked = statementsInProtocolOrder(
      [
        { id: 'guest', person: { id: 'shen' } },
        { id: 'tj', person: { id: 'sulaimon' } },
        { id: 'anonymous', person: null },
        { id: 'kg', person: { id: 'edil' } },
      ],
      delegations,
    );
    expect(ranked.map((entry) => [entry.statement.id, entry.country, entry.isHead])).toEqual([
      ['kg', 'KG', true],
      ['tj', 'TJ', true],
      ['guest', null, false],
      ['anonymous', null, false],
    ]);
  });
});
