import { speakersOf } from './speakers.js';

const person = (id: string, name: string) => ({ id, slug: id, name: { text: name, language: 'en', fallback: false }, position: null, organization: null, country: null });

describe(speakersOf.name, () => {
  it('lists each speaker once with their roles and session count, by name', () => {
    const shen = person('shen', 'Shen Yueyue');
    const edil = person('edil', 'Edil Baisalov');
    const speakers = speakersOf(
      [
        { id: 'opening', speakers: [{ role: 'KEYNOTE', person: shen }, { role: 'SPEAKER', person: edil }] },
        { id: 'closing', speakers: [{ role: 'MODERATOR', person: shen }] },
      ],
      'en',
    );
    expect(speakers.map((entry) => [entry.person.id, entry.roles, entry.sessionCount])).toEqual([
      ['edil', ['SPEAKER'], 1],
      ['shen', ['KEYNOTE', 'MODERATOR'], 2],
    ]);
  });
});
