// Sends composed mail over SMTP with nodemailer: a pooled connection to the relay, the
// recipient checked before anything is sent, and every failure classified as retryable or
// permanent so that the job which sent the mail can decide what to do.
import { createTransport } from 'nodemailer';
import type { OutgoingMail } from './compose-mail.js';
import { ZMailRecipient } from './compose-mail.js';
import { parseMailerConfig, type MailerConfig, type MailerConfigInput } from './mail-config.js';
import { classifySmtpError, MailSendError } from './mail-send-error.js';

export interface Mailer {
  /** Sends one mail; resolves to its Message-ID, rejects with a MailSendError. */
  send(mail: OutgoingMail): Promise<string>;
  /** Connects and authenticates once, so a worker can report a bad relay at boot. */
  verify(): Promise<void>;
  /** Closes the pooled connections. */
  close(): void;
  readonly config: MailerConfig;
}

function domainOf(address: string): string {
  return address.slice(address.lastIndexOf('@') + 1);
}

export function createMailer(input: MailerConfig | MailerConfigInput): Mailer {
  const config = parseMailerConfig(input as MailerConfigInput);
  const transport = createTransport({
    pool: true,
    maxConnections: config.maxConnections,
    host: config.host,
    port: config.port,
    secure: config.secure,
    ...(config.auth ? { auth: { user: config.auth.user, pass: config.auth.pass.reveal() } } : {}),
    ...(config.dkim
      ? { dkim: { domainName: config.dkim.domainName, keySelector: config.dkim.keySelector, privateKey: config.dkim.privateKey.reveal() } }
      : {}),
    connectionTimeout: config.timeoutMs,
    greetingTimeout: config.timeoutMs,
    socketTimeout: config.timeoutMs,
    // The SMTP dialogue carries AUTH and personal data: it is never logged.
    logger: false,
    debug: false,
  });

  async function send(mail: OutgoingMail): Promise<string> {
    const recipient = ZMailRecipient.safeParse(mail.to);
    if (!recipient.success) {
      const problem = recipient.error.issues.map((issue) => `to.${issue.path.join('.')} ${issue.message}`).join('; ');
      throw new MailSendError('RECIPIENT_INVALID', false, `The recipient cannot be written to: ${problem}.`);
    }
    try {
      const info = await transport.sendMail({
        from: config.from,
        ...(config.replyTo ? { replyTo: config.replyTo } : {}),
        to: recipient.data.name ? { name: recipient.data.name, address: recipient.data.address } : recipient.data.address,
        subject: mail.subject,
        text: mail.text,
        html: mail.html,
        attachments: mail.attachments.map((file) => ({ filename: file.filename, content: Buffer.from(file.content), contentType: file.contentType })),
        ...(mail.messageKey ? { messageId: `<${mail.messageKey}@${domainOf(config.from.address)}>` } : {}),
        headers: {
          'Content-Language': mail.locale,
          // RFC 3834: an automatic message; auto-responders should not answer it.
          'Auto-Submitted': 'auto-generated',
          'X-Auto-Response-Suppress': 'All',
          'X-Caravan-Mail-Kind': mail.kind,
        },
      });
      return info.messageId;
    } catch (error) {
      throw classifySmtpError(error);
    }
  }

  return {
    config,
    send,
    async verify() {
      try {
        await transport.verify();
      } catch (error) {
        throw classifySmtpError(error);
      }
    },
    close() {
      transport.close();
    },
  };
}
