// English mail templates: complete, and the last language of every fallback chain.
import type { CompleteLanguageTemplates } from './template.types.js';

export const en: CompleteLanguageTemplates = {
  common: {
    greeting: 'Dear {name},',
    greetingColleague: 'Dear colleague,',
    signOffParticipant: ['Yours sincerely,', 'The Organizing Committee', '{editionName}'],
    signOffOrganizer: ['Yours sincerely,', 'The Caravan platform team'],
    linkFallback: 'If the button does not open, copy this address into your browser:',
    attachmentNote: 'Attached: {filename}',
    automated: 'This message was sent automatically. Please do not reply to it.',
    labels: {
      editionName: 'Forum',
      seriesName: 'Forum series',
      dates: 'Dates',
      category: 'Participation category',
      reference: 'Reference number',
      waitlistPosition: 'Place on the waiting list',
      reason: 'Reason',
      delegationName: 'Delegation',
      ipAddress: 'IP address',
      device: 'Device',
      location: 'Approximate location',
    },
  },
  kinds: {
    'registration.received': {
      subject: 'Application received: {editionName}',
      heading: 'We have received your application',
      paragraphs: [
        'Thank you for applying to take part in the forum. Your application has been registered and will be reviewed by the Organizing Committee.',
        'We will write to you as soon as a decision has been taken. In the meantime you may view and correct your application through the personal link below.',
      ],
      links: { magicLinkUrl: 'View or edit your application' },
      notes: ['The link is personal: please do not forward this message.'],
    },
    'registration.approved': {
      subject: 'Participation confirmed: {editionName}',
      heading: 'Your participation is confirmed',
      paragraphs: [
        'We are pleased to inform you that the Organizing Committee has approved your application to take part in the forum.',
        'Please quote your reference number in all correspondence and have it at hand at accreditation. The programme and practical information are published on the forum website.',
      ],
      links: { magicLinkUrl: 'View your application', portalUrl: 'Forum website' },
    },
    'registration.rejected': {
      subject: 'Decision on your application: {editionName}',
      heading: 'Decision on your application',
      paragraphs: [
        'Thank you for your interest in the forum. We regret to inform you that the Organizing Committee is unable to approve your application.',
        'We hope to have the opportunity to welcome you at a future forum of the series.',
      ],
      links: {},
    },
    'registration.waitlisted': {
      subject: 'Application placed on the waiting list: {editionName}',
      heading: 'Your application is on the waiting list',
      paragraphs: [
        'Thank you for your application. All places in your participation category are currently taken, so your application has been placed on the waiting list.',
        'Should a place become available, applications on the waiting list will be considered in turn, and we will inform you without delay.',
      ],
      links: { magicLinkUrl: 'View your application' },
    },
    'registration.promoted': {
      subject: 'A place has become available: {editionName}',
      heading: 'Your participation is confirmed',
      paragraphs: [
        'We are pleased to inform you that a place has become available in your participation category, and your application has been moved from the waiting list and approved.',
        'Please quote your reference number in all correspondence and have it at hand at accreditation. The programme and practical information are published on the forum website.',
      ],
      links: { magicLinkUrl: 'View your application', portalUrl: 'Forum website' },
    },
    'application.access-link': {
      subject: 'Access to your application: {editionName}',
      heading: 'Access to your application',
      paragraphs: [
        'You have asked for a link to view or edit your application. Please use the button below.',
        'The link is personal and remains valid for {expiresInHours, plural, one {# hour} other {# hours}}.',
      ],
      links: { magicLinkUrl: 'Open your application' },
      notes: ['If you did not ask for this link, you may disregard this message: your application remains unchanged.'],
    },
    'delegation.invitation': {
      subject: 'Invitation to join a delegation: {editionName}',
      heading: 'You are invited to join a delegation',
      paragraphs: [
        'You have been included in the delegation named below and are invited to register as its member for the forum.',
        'Please complete your registration through the link below by {registrationDeadline, date, calendar}.',
      ],
      links: { invitationUrl: 'Complete your registration' },
      notes: ['The link is personal: please do not forward this message.'],
    },
    'visa-letter.issued': {
      subject: 'Visa support letter: {editionName}',
      heading: 'Your visa support letter',
      paragraphs: [
        'Please find attached the official letter of invitation in support of your visa application.',
        'Submit the letter together with the other required documents to the embassy or consulate where you apply for your visa. Should the consular office need further confirmation, please contact the Organizing Committee, quoting your reference number.',
      ],
      links: {},
    },
    'data-export.ready': {
      subject: 'Your personal data export is ready',
      heading: 'Your personal data export is ready',
      paragraphs: [
        'As you requested, we have prepared a copy of the personal data we hold about you in connection with the forum.',
        'The file can be downloaded until {expiresAt, date, long}, {expiresAt, time, short}; it will then be deleted.',
      ],
      links: { downloadUrl: 'Download your data' },
      notes: ['If you did not request this export, please inform the Organizing Committee.'],
    },
    'organizer.password-reset': {
      subject: 'Resetting your Caravan password',
      heading: 'Password reset',
      paragraphs: [
        'We have received a request to reset the password of your Caravan organizer account.',
        'To choose a new password, please use the button below. The link is valid for {expiresInMinutes, plural, one {# minute} other {# minutes}} and can be used only once.',
      ],
      links: { resetUrl: 'Choose a new password' },
      notes: ['If you did not request a password reset, you may disregard this message: your password remains unchanged.'],
    },
    'organizer.team-invitation': {
      subject: 'Invitation to join the organizing team: {seriesName}',
      heading: 'You are invited to join the organizing team',
      paragraphs: [
        '{inviterName} invites you to join the organizing team of the forum series named below as {role, select, SERIES_ADMIN {series administrator} PROGRAMME_EDITOR {programme editor} REGISTRATION_OFFICER {registration officer} MEDIA_OFFICER {media officer} CHECKIN_STAFF {check-in officer} other {team member}}.',
        'To accept the invitation, please use the button below. The invitation is valid until {expiresAt, date, long}, {expiresAt, time, short}.',
      ],
      links: { acceptUrl: 'Accept the invitation' },
      notes: ['If you were not expecting this invitation, you may disregard this message.'],
    },
    'organizer.sign-in-alert': {
      subject: 'New sign-in to your Caravan account',
      heading: 'New sign-in to your account',
      paragraphs: [
        'Someone signed in to your Caravan organizer account on {signedInAt, date, long} at {signedInAt, time, short}. The details of the sign-in are given below.',
        'If it was you, no action is needed.',
      ],
      links: { securityUrl: 'Change your password' },
      notes: ['If you do not recognise this sign-in, change your password at once and inform your series administrator.'],
    },
  },
};
