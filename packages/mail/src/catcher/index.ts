// @caravan/mail/catcher: the development mail catcher (maildev) and a client for its REST API.
// Development and tests only: maildev is a devDependency, absent from production images.
export { startMailCatcher, type MailCatcher, type MailCatcherOptions } from './start-mail-catcher.js';
export { MailCatcherClient, type CaughtMail, type WaitOptions } from './mail-catcher-client.js';
export { MAIL_CATCHER_DEFAULT_PORTS } from '../mail-config.js';
