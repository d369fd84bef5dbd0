// Statements through the api: attributed to a person the series may name and to a session of
// the same edition; drafts until published.
import { englishText as text } from '../../testing/graphql-inputs.js';
import { useTestApi } from '../../testing/suite-api.js';
import { StatementsWriter } from './statements.writer.js';

const CREATE = `mutation($input: CreateStatementInput!) { createStatement(series: "china-central-asia", number: 11, input: $input) { id } }`;
const UPDATE = `mutation($id: ID!, $input: UpdateStatementInput!) { updateStatement(id: $id, input: $input) { id } }`;

describe(StatementsWriter.name, () => {
  const api = useTestApi();
  let statementId: string;

  it('records a draft statement of a person at a session, with the audit row', async () => {
    const res = await api.as('ccaOrganizer').gql<{ createStatement: { id: string } }>(CREATE, {
      input: { person: 'edil-baisalov', session: 'opening-plenary', summary: [{ language: 'en', text: 'Called for more flights.' }, { language: 'ru', text: 'Призвал к новым рейсам.' }] },
    });
    expect(res.errors).toBeUndefined();
    statementId = res.data?.createStatement.id ?? '';
    const row = await api.prisma.statement.findUniqueOrThrow({ where: { id: statementId }, include: { person: true, session: true } });
    expect([row.person.slug, row.session?.slug, row.published, row.summary]).toEqual(['edil-baisalov', 'opening-plenary', false, { en: 'Called for more flights.', ru: 'Призвал к новым рейсам.' }]);
    const audit = await api.prisma.auditEntry.findMany({ where: { entityId: statementId } });
    expect(audit.map((a) => [a.action, a.entityType, a.editionId === row.editionId])).toEqual([['create', 'Statement', true]]);
  });

  it('refuses a session that is not in the edition and an unknown person', async () => {
    const before = await api.prisma.statement.count();
    const session = await api.as('ccaOrganizer').gql(CREATE, { input: { person: 'edil-baisalov', session: 'no-such-session', summary: text('x') } });
    expect(session.errors?.[0]?.message).toBe('Invalid input: session names no session "no-such-session" in this edition; check the slug in the programme.');
    const person = await api.as('ccaOrganizer').gql(CREATE, { input: { person: 'nobody-known', summary: text('x') } });
    expect(person.errors?.[0]?.message).toContain('person names no person "nobody-known"');
    expect(await api.prisma.statement.count()).toBe(before);
  });

  it('keeps the person and session when an update leaves them out, clears the session on null', async () => {
    expect((await api.as('ccaOrganizer').gql(UPDATE, { id: statementId, input: { summary: text('Asked for direct flights.') } })).errors).toBeUndefined();
    const row = await api.prisma.statement.findUniqueOrThrow({ where: { id: statementId }, include: { person: true, session: true } });
    expect([row.person.slug, row.session?.slug, row.summary]).toEqual(['edil-baisalov', 'opening-plenary', { en: 'Asked for direct flights.' }]);
    expect((await api.as('ccaOrganizer').gql(UPDATE, { id: statementId, input: { session: null, person: 'shen-yueyue' } })).errors).toBeUndefined();
    const cleared = await api.prisma.statement.findUniqueOrThrow({ where: { id: statementId }, include: { person: true } });
    expect([cleared.person.slug, cleared.sessionId]).toEqual(['shen-yueyue', null]);
  });

  it('publishes, then deletes, each with its audit row', async () => {
    await api.as('ccaOrganizer').gql(`mutation($id: ID!) { publishStatement(id: $id) { id } }`, { id: statementId });
    expect((await api.prisma.statement.findUniqueOrThrow({ where: { id: statementId } })).published).toBe(true);
    const res = await api.as('ccaOrganizer').gql<{ deleteStatement: string }>(`mutation($id: ID!) { deleteStatement(id: $id) }`, { id: statementId });
    expect(res.data?.deleteStatement).toBe(statementId);
    expect(await api.prisma.statement.findUnique({ where: { id: statementId } })).toBeNull();
    const actions = (await api.prisma.auditEntry.findMany({ where: { entityId: statementId }, orderBy: { at: 'asc' } })).map((a) => a.action);
    expect(actions).toEqual(['create', 'update', 'update', 'publish', 'delete']);
  });
});
