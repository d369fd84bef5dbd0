// @caravan/mail: participant and organizer mail in every UI language, and its SMTP transport.
// The development mail catcher lives in '@caravan/mail/catcher'.
export { MAIL_KINDS, MAIL_KIND_DEFINITIONS, isMailKind, type MailKind, type MailAudience, type MailParams, type MailParamsInput, type MailLinkParam, type MailDetailParam } from './mail-kinds.js';
export { ORGANIZER_ROLES, type OrganizerRole } from './param-schemas.js';
export { DateRange } from './date-range.js';
export { MAIL_FALLBACK_PARENT, mailLocaleChain } from './mail-locales.js';
export { MAIL_TEMPLATES, type MailTemplates, type LanguageTemplates, type CompleteLanguageTemplates, type KindTemplate, type CommonTemplate } from './templates/index.js';
export { renderMail, parseMailParams, mailColors, type RenderMailInput, type RenderedMail } from './render-mail.js';
export { composeMail, type ComposeMailInput, type OutgoingMail, type MailRecipient, type MailAttachment } from './compose-mail.js';
export { MailInputError, type MailInputErrorCode } from './mail-errors.js';
export { createMailer, type Mailer } from './mailer.js';
export { MailSendError, classifySmtpError, type MailSendErrorCode } from './mail-send-error.js';
export {
  parseMailEnv,
  parseMailerConfig,
  describeMailConfig,
  MailConfigError,
  MAIL_ENV_VARIABLES,
  MAIL_CATCHER_DEFAULT_PORTS,
  type MailerConfig,
  type MailerConfigInput,
} from './mail-config.js';
export { Secret } from '@caravan/config/env';
