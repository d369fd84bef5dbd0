// Renderer fixtures built in code: edition 11 in Yinchuan (Asia/Shanghai, UTC+8) with texts that
// need escaping in every format (commas, semicolons, ampersands, angle brackets, new lines, Chinese).
import type { AgreementsExport, ExportRoom, ExportSession, ExportTrack, ProgrammeExport } from '../export.models.js';

export const GREEN: ExportTrack = { slug: 'green', name: 'Green development' };
export const AGRI: ExportTrack = { slug: 'agriculture', name: 'Agriculture & water' };
export const HALL_A: ExportRoom = { id: '6f1c2a52-6c1e-4d7a-9d53-0f6b1d2c3a01', name: 'Hall A', capacity: 400 };
export const HALL_B: ExportRoom = { id: '6f1c2a52-6c1e-4d7a-9d53-0f6b1d2c3a02', name: 'Hall B, Expo Centre', capacity: null };

const CREATED = new Date('2024-09-01T00:00:00Z');

function session(partial: Partial<ExportSession> & Pick<ExportSession, 'id' | 'slug' | 'title' | 'startsAt' | 'endsAt'>): ExportSession {
  return {
    kind: 'PANEL',
    description: null,
    createdAt: CREATED,
    updatedAt: CREATED,
    room: HALL_A,
    track: null,
    languages: ['zh-Hans'],
    interpretation: ['ru', 'en'],
    speakers: [],
    ...partial,
  };
}

export const OPENING = session({
  id: 'a0000000-0000-4000-8000-000000000001',
  slug: 'opening',
  kind: 'PLENARY',
  title: 'Opening plenary: green, shared; <home> & future',
  description: 'Welcome addresses.\nThen the keynote.',
  startsAt: new Date('2024-10-26T01:30:00Z'), // 09:30 in Yinchuan
  endsAt: new Date('2024-10-26T03:00:00Z'),
  updatedAt: new Date('2024-10-20T08:00:00Z'),
  track: GREEN,
  speakers: [
    { personId: 'b0000000-0000-4000-8000-000000000001', name: 'A. Keynote', role: 'KEYNOTE', position: 'Vice Chair, Committee' },
    { personId: 'b0000000-0000-4000-8000-000000000002', name: '主持人', role: 'MODERATOR', position: null },
  ],
});

export const FARMING = session({
  id: 'a0000000-0000-4000-8000-000000000002',
  slug: 'qa',
  title: 'Modern agriculture',
  startsAt: new Date('2024-10-26T06:00:00Z'), // 14:00
  endsAt: new Date('2024-10-26T07:30:00Z'),
  room: HALL_B,
  track: AGRI,
});

export const CONCERT = session({
  id: 'a0000000-0000-4000-8000-000000000003',
  slug: 'evening-concert',
  kind: 'CULTURAL_EVENT',
  title: '文化之夜',
  startsAt: new Date('2024-10-27T11:00:00Z'), // 19:00 on day two
  endsAt: new Date('2024-10-27T13:00:00Z'),
  room: null,
  languages: [],
});

export function programmeFixture(overrides: Partial<ProgrammeExport> = {}): ProgrammeExport {
  return {
    edition: {
      seriesId: 'c0000000-0000-4000-8000-000000000001',
      seriesSlug: 'china-central-asia',
      seriesName: 'China–Central Asia Cooperation Forum',
      number: 11,
      theme: 'Green development, a common home',
      hostCity: 'Yinchuan',
      timeZone: 'Asia/Shanghai',
      startDate: '2024-10-25',
      endDate: '2024-10-28',
    },
    language: 'en',
    track: null,
    links: { exportBase: 'http://api.test', editionPage: 'http://api.test/china-central-asia/11' },
    tracks: [GREEN, AGRI],
    rooms: [HALL_A, HALL_B],
    sessions: [OPENING, FARMING, CONCERT],
    lastModified: new Date('2024-10-20T08:00:00Z'),
    ...overrides,
  };
}

export function agreementsFixture(fullAccess: boolean): AgreementsExport {
  return {
    edition: programmeFixture().edition,
    fullAccess,
    agreements: [
      {
        slug: 'ningxia-samarkand',
        title: 'Sister regions: Ningxia and Samarkand, "friendship" agreement',
        type: 'SISTER_CITY',
        status: 'SIGNED',
        parties: ['Ningxia Hui Autonomous Region', 'Samarkand Region'],
        track: 'Culture',
        signedOn: '2024-10-26',
        value: null,
        currency: null,
        confidential: false,
        session: 'Signing ceremony',
      },
      {
        slug: 'solar-park',
        title: '光伏园区\nphase one',
        type: 'INVESTMENT',
        status: 'IN_IMPLEMENTATION',
        parties: ['Kyrgyzstan', 'China'],
        track: null,
        signedOn: null,
        value: fullAccess ? '1570000000.00' : null,
        currency: fullAccess ? 'USD' : null,
        confidential: true,
        session: null,
      },
    ],
  };
}
