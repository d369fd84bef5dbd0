// Parameters for one mail of every kind, for tests and previews. Typed by kind, so a kind added
// to MAIL_KIND_DEFINITIONS has no sample until one is written here. The names are whatever the
// caller passes: tests pass hostile ones.
import type { MailKind, MailParamsInput } from '../mail-kinds.js';

export type SampleMailParams = { [K in MailKind]: MailParamsInput<K> };

/** A name that tries everything: markup, both quotes, an ampersand and a right-to-left override. */
export const HOSTILE_NAME = `<script>alert("x")</script> O'Brien & \u202Eelbat\u202C Ахмедов`;

export function sampleMailParams(name = 'Aigerim Nurlanovna'): SampleMailParams {
  const edition = {
    editionName: '11th China–Central Asia Cooperation Forum',
    seriesName: 'China–Central Asia Cooperation Forum',
  };
  const application = {
    participantName: name,
    ...edition,
    category: 'Delegation member',
    reference: 'CCA11-0042',
    dates: { start: '2024-10-25', end: '2024-10-28' },
  };
  const portal = 'https://forum.example.org/china-central-asia/11';
  const magicLinkUrl = 'https://forum.example.org/applications/CCA11-0042?token=s3cr3t&lang=en';
  return {
    'registration.received': { ...application, magicLinkUrl },
    'registration.approved': { ...application, portalUrl: portal, magicLinkUrl },
    'registration.rejected': { participantName: name, ...edition, reference: 'CCA11-0042', reason: 'The category has reached its capacity.' },
    'registration.waitlisted': { ...application, waitlistPosition: 3, magicLinkUrl },
    'registration.promoted': { ...application, portalUrl: portal, magicLinkUrl },
    'application.access-link': { participantName: name, ...edition, reference: 'CCA11-0042', magicLinkUrl, expiresInHours: 24 },
    'delegation.invitation': {
      participantName: name,
      ...edition,
      delegationName: 'Delegation of the Republic of Kazakhstan',
      dates: { start: '2024-10-25', end: '2024-10-28' },
      invitationUrl: 'https://forum.example.org/delegations/kz/join?token=abc',
      registrationDeadline: '2024-10-01',
    },
    'visa-letter.issued': { participantName: name, ...edition, reference: 'CCA11-0042', dates: { start: '2024-10-25', end: '2024-10-28' } },
    'data-export.ready': {
      participantName: name,
      ...edition,
      downloadUrl: 'https://forum.example.org/exports/7f3a',
      expiresAt: '2024-11-05T09:30:00Z',
      timeZone: 'Asia/Shanghai',
    },
    'organizer.password-reset': { organizerName: name, resetUrl: 'https://forum.example.org/reset?token=r1', expiresInMinutes: 30 },
    'organizer.team-invitation': {
      inviterName: name,
      seriesName: 'China–Caucasus Forum',
      role: 'PROGRAMME_EDITOR',
      acceptUrl: 'https://forum.example.org/invitations/i9',
      expiresAt: '2024-11-05T09:30:00Z',
      timeZone: 'Asia/Tbilisi',
    },
    'organizer.sign-in-alert': {
      organizerName: name,
      signedInAt: '2024-10-25T01:30:00Z',
      timeZone: 'Asia/Shanghai',
      ipAddress: '203.0.113.7',
      device: 'Firefox on Linux',
      location: 'Yinchuan, China',
      securityUrl: 'https://forum.example.org/account/security',
    },
  };
}
