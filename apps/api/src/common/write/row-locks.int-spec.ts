// The rules that check, then write, under concurrency on the real PostgreSQL: a speaker put in
// several sessions at the same hour at once, and lifecycle steps taken twice from the same status
// (an edition's, an agreement's). Each race has exactly one winner; the others get the error a
// later request gets. The negative control runs the same writers with row locks that lock
// nothing (startTestApi({ rowLocks: false })): more than one wins.
import { createMatrixContext } from '../../manage/testing/authorization-matrix.js';
import { registryFixtures } from '../../manage/testing/cases-registry.js';
import { race, RACE_SERVERS, useRaceApis } from '../../testing/races.js';
import type { TestApi } from '../../testing/test-api.js';
import { RowLocks } from './row-locks.js';

const CREATE_SESSION = `mutation($input: CreateSessionInput!) { createSession(series: "china-central-asia", number: 11, input: $input) { id } }`;
const SET_SPEAKERS = `mutation($id: ID!, $speakers: [SessionSpeakerInput!]!) { setSessionSpeakers(id: $id, speakers: $speakers) { id } }`;
const TRANSITION_EDITION = `mutation { transitionEdition(series: "china-caucasus", number: 90, to: PLANNED) { status } }`;
const TRANSITION_AGREEMENT = `mutation($id: ID!) { transitionAgreement(id: $id, to: SIGNED, date: "2024-10-26") { status } }`;
const RACERS = 8;

/** RACERS sessions at the same hour without a room, then one person made the speaker of each at once. */
async function raceSpeaker(api: TestApi) {
  const token = await api.token('ccaOrganizer');
  const ids: string[] = [];
  for (let i = 0; i < RACERS; i += 1) {
    const input = { slug: `speaker-race-${i}`, kind: 'PANEL', title: [{ language: 'en', text: `Talk ${i}` }], languages: ['en'], date: '2024-10-28', startTime: '20:00', endTime: '21:00' };
    const res = await api.gql<{ createSession: { id: string } }>(CREATE_SESSION, { input }, { token });
    if (!res.data) throw new Error(`setting up speaker-race-${i} failed: ${JSON.stringify(res.errors)}`);
    ids.push(res.data.createSession.id);
  }
  const outcome = await race(api, RACERS, (i) => api.gql(SET_SPEAKERS, { id: ids[i], speakers: [{ person: 'shen-yueyue', role: 'SPEAKER' }] }, { token }));
  const booked = await api.prisma.sessionParticipant.count({ where: { sessionId: { in: ids }, person: { slug: 'shen-yueyue' } } });
  return { ...outcome, booked };
}

/** A proposed edition 90 of china-caucasus, then RACERS steps PROPOSED -> PLANNED of it at once. */
async function raceEdition(api: TestApi) {
  const token = await api.token('caucasusOrganizer');
  const series = await api.prisma.series.findUniqueOrThrow({ where: { slug: 'china-caucasus' } });
  const edition = await api.prisma.edition.create({
    data: { seriesId: series.id, number: 90, status: 'PROPOSED', theme: { en: 'Race' }, description: { en: 'Race' }, timeZone: 'Asia/Tbilisi', hostCity: { en: 'Tbilisi' }, workingLanguages: ['en'] },
  });
  const outcome = await race(api, RACERS, () => api.gql(TRANSITION_EDITION, {}, { token }));
  const steps = await api.prisma.auditEntry.count({ where: { entityType: 'Edition', entityId: edition.id, action: 'update' } });
  return { ...outcome, steps };
}

/** RACERS signatures of one proposed agreement at once. */
async function raceAgreement(api: TestApi) {
  const token = await api.token('ccaOrganizer');
  const agreement = await registryFixtures.agreement(createMatrixContext(api.prisma), 'PROPOSED');
  const outcome = await race(api, RACERS, () => api.gql(TRANSITION_AGREEMENT, { id: agreement.id }, { token }));
  const milestones = await api.prisma.agreementMilestone.count({ where: { agreementId: agreement.id, status: 'SIGNED' } });
  return { ...outcome, milestones };
}

describe.each(RACE_SERVERS)(`check-then-write rules under concurrency on $name (${RowLocks.name})`, (server) => {
  const { api, unguarded } = useRaceApis(server, { unguarded: { rowLocks: false } });

  it('books a speaker into one of many sessions at the same hour set at once; the others get SPEAKER_OVERLAP', async () => {
    const outcome = await raceSpeaker(api);
    expect({ tally: outcome.tally, booked: outcome.booked }).toEqual({ tally: { ok: 1, BAD_USER_INPUT: RACERS - 1 }, booked: 1 });
    for (const problems of outcome.problems) {
      expect(problems.map((p) => p.field)).toEqual(['speakers']);
      expect(problems[0]?.reason).toMatch(/^SPEAKER_OVERLAP: Speaker shen-yueyue is in "Talk \d \[speaker-race-\d\]"/);
    }
  });

  it("takes an edition's step from one status once, however many organizers take it at the same moment", async () => {
    const outcome = await raceEdition(api);
    expect({ tally: outcome.tally, steps: outcome.steps }).toEqual({ tally: { ok: 1, BAD_USER_INPUT: RACERS - 1 }, steps: 1 });
    for (const problems of outcome.problems) expect(problems.map((p) => p.field)).toEqual(['to']);
  });

  it("signs an agreement once, however many organizers sign it at the same moment: one SIGNED milestone", async () => {
    const outcome = await raceAgreement(api);
    expect({ tally: outcome.tally, milestones: outcome.milestones }).toEqual({ tally: { ok: 1, BAD_USER_INPUT: RACERS - 1 }, milestones: 1 });
    for (const problems of outcome.problems) expect(problems.map((p) => p.field)).toEqual(['to']);
  });

  it('negative control: with row locks that lock nothing, each race has more than one winner', async () => {
    const [speaker, edition, agreement] = [await raceSpeaker(unguarded), await raceEdition(unguarded), await raceAgreement(unguarded)];
    expect(speaker.booked).toBeGreaterThan(1);
    expect(speaker.tally['ok']).toBe(speaker.booked);
    expect(edition.steps).toBeGreaterThan(1);
    expect(edition.tally['ok']).toBe(edition.steps);
    expect(agreement.milestones).toBeGreaterThan(1);
    expect(agreement.tally['ok']).toBe(agreement.milestones);
  });
});
