import { editionEvent, sessionEvent } from './event-json-ld.js';

describe(editionEvent.name, () => {
  it('describes a concluded edition with its dates and place, and no scheduling status', () => {
    const event = editionEvent({
      name: 'China–Central Asia Cooperation Forum, edition 11',
      description: 'Promoting Green Development',
      url: 'https://forums.example/china-central-asia/11?lang=en',
      startDate: '2024-10-25',
      endDate: '2024-10-28',
      status: 'CONCLUDED',
      city: 'Yinchuan',
      countryCode: 'CN',
      language: 'en',
    });
    expect(event).toMatchObject({ '@type': 'Event', startDate: '2024-10-25', endDate: '2024-10-28', location: { name: 'Yinchuan', address: { addressCountry: 'CN' } } });
    expect(event).not.toHaveProperty('eventStatus');
    expect(editionEvent({ name: 'x', description: 'y', url: 'u', startDate: null, endDate: null, status: 'PLANNED', city: 'Baku', countryCode: null, language: 'az' })).toMatchObject({
      eventStatus: 'https://schema.org/EventScheduled',
    });
  });
});

describe(sessionEvent.name, () => {
  it('describes a session with its instants, room, speakers and edition', () => {
    const event = sessionEvent({
      name: 'Opening plenary',
      description: null,
      url: 'https://forums.example/china-central-asia/11/sessions/opening-plenary',
      startsAt: '2024-10-26T01:00:00.000Z',
      endsAt: '2024-10-26T03:30:00.000Z',
      room: 'Main Hall',
      city: 'Yinchuan',
      speakers: ['Shen Yueyue'],
      language: 'en',
      edition: { name: 'Edition 11', url: 'https://forums.example/china-central-asia/11' },
    });
    expect(event).toMatchObject({
      startDate: '2024-10-26T01:00:00.000Z',
      location: { name: 'Main Hall, Yinchuan' },
      performer: [{ '@type': 'Person', name: 'Shen Yueyue' }],
      superEvent: { url: 'https://forums.example/china-central-asia/11' },
    });
    expect(event).not.toHaveProperty('description');
  });
});
