// The mail a participant receives about their application, in their language, recorded in the
// outbox in the transaction that changes the application (so a rolled-back change sends nothing).
import { Injectable } from '@nestjs/common';
import type { Prisma } from '@caravan/db';
import type { ApplicationStatus } from '@caravan/forums/registration';
import { mailSendJob, type MailSendPayload } from '@caravan/jobs';
import { pickText, type LocalizedText } from '@caravan/regions';
import { OutboxService } from '../jobs/outbox.service.js';
import { MAGIC_LINK_HOURS, MagicLinks } from './magic-links.js';

/** What the mail of an application needs to know about it. */
export interface ApplicationForMail {
  id: string;
  reference: string;
  email: string;
  givenName: string;
  familyName: string;
  language: string;
  decisionReason: string | null;
  category: { name: unknown };
  edition: { number: number; theme: unknown; startDate: Date | null; endDate: Date | null; series: { slug: string; name: unknown } };
}

export type ApplicationMailKind = Extract<
  MailSendPayload['kind'],
  'registration.received' | 'registration.approved' | 'registration.rejected' | 'registration.waitlisted' | 'registration.promoted' | 'application.access-link'
>;

/** The mail an application's new status sends; null when that status is told by no mail. */
export function mailKindFor(status: ApplicationStatus, promoted = false): ApplicationMailKind | null {
  switch (status) {
    case 'DRAFT':
      return 'application.access-link';
    case 'SUBMITTED':
      return 'registration.received';
    case 'APPROVED':
      return promoted ? 'registration.promoted' : 'registration.approved';
    case 'WAITLISTED':
      return 'registration.waitlisted';
    case 'REJECTED':
      return 'registration.rejected';
    default:
      return null;
  }
}

const text = (value: unknown, lang: string): string => pickText(value as LocalizedText, lang)?.text ?? '';
const day = (date: Date): string => date.toISOString().slice(0, 10);

@Injectable()
export class ApplicationMail {
  constructor(
    private readonly outbox: OutboxService,
    private readonly links: MagicLinks,
  ) {}

  /** The mail.send job of `kind` for `application`, as the outbox records it. */
  async payload(kind: ApplicationMailKind, application: ApplicationForMail): Promise<MailSendPayload> {
    const lang = application.language;
    const { edition } = application;
    const participantName = `${application.givenName} ${application.familyName}`;
    const common = {
      participantName,
      editionName: text(edition.theme, lang) || `${text(edition.series.name, lang)} ${edition.number}`,
      seriesName: text(edition.series.name, lang),
      reference: application.reference,
    };
    const dates = edition.startDate && edition.endDate ? { start: day(edition.startDate), end: day(edition.endDate) } : null;
    if (!dates && kind !== 'registration.rejected' && kind !== 'application.access-link') {
      throw new Error(`edition ${edition.series.slug}/${edition.number} has no dates; registration should not be open`);
    }
    const magicLinkUrl = await this.links.url(application.id);
    const category = text(application.category.name, lang);
    const params: Record<string, unknown> = (() => {
      switch (kind) {
        case 'registration.received':
          return { ...common, category, dates, magicLinkUrl };
        case 'registration.approved':
        case 'registration.promoted':
          return { ...common, category, dates, magicLinkUrl, portalUrl: this.links.editionUrl(edition.series.slug, edition.number) };
        case 'registration.waitlisted':
          return { ...common, category, dates, magicLinkUrl };
        case 'registration.rejected':
          return { ...common, ...(application.decisionReason ? { reason: application.decisionReason } : {}) };
        case 'application.access-link':
          return { ...common, magicLinkUrl, expiresInHours: MAGIC_LINK_HOURS };
      }
    })();
    return { kind, locale: lang, to: { address: application.email, name: participantName.slice(0, 200) }, params };
  }

  /** Records the mail in the outbox in `tx`. */
  async record(tx: Prisma.TransactionClient, kind: ApplicationMailKind, application: ApplicationForMail): Promise<void> {
    await this.outbox.record(tx, mailSendJob, await this.payload(kind, application));
  }
}
