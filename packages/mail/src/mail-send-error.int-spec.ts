// How a send fails, against real SMTP peers: nothing listening, a server that never greets,
// and smtp-server answering 4xx and 5xx the way production relays do. Each failure must come
// back as a MailSendError that says whether the job should try again.
import { createServer, type AddressInfo, type Server } from 'node:net';
import { SMTPServer, type SMTPServerOptions } from 'smtp-server';
import { composeMail } from './compose-mail.js';
import { MailSendError } from './mail-send-error.js';
import { createMailer } from './mailer.js';
import { sampleMailParams } from './testing/sample-mail-params.js';

const servers: { close(callback: () => void): void }[] = [];

afterAll(async () => {
  await Promise.all(servers.map((server) => new Promise<void>((resolve) => server.close(() => resolve()))));
});

function smtpError(message: string, responseCode: number): Error {
  return Object.assign(new Error(message), { responseCode });
}

/** smtp-server on a free port: rejects some recipients and some messages as relays do. */
async function startRelay(options: Partial<SMTPServerOptions> = {}): Promise<number> {
  const server = new SMTPServer({
    logger: false,
    disabledCommands: ['STARTTLS'],
    authOptional: true,
    onRcptTo(address, _session, callback) {
      if (address.address.startsWith('nobody@')) return callback(smtpError('5.1.1 Mailbox does not exist', 550));
      if (address.address.startsWith('busy@')) return callback(smtpError('4.2.1 Mailbox busy, try later', 451));
      return callback();
    },
    onData(stream, session, callback) {
      stream.resume();
      stream.on('end', () => {
        const refused = session.envelope.rcptTo.some((rcpt) => rcpt.address.startsWith('refused@'));
        callback(refused ? smtpError('5.7.1 Message refused by policy', 554) : null);
      });
    },
    ...options,
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  servers.push(server);
  return (server.server.address() as AddressInfo).port;
}

/** A TCP port that answers nothing: a server that accepts and never greets. */
async function startSilentServer(): Promise<number> {
  const server: Server = createServer(() => {});
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  servers.push(server);
  return (server.address() as AddressInfo).port;
}

/** A port nothing listens on: bound once to learn a free number, then released. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

function mailTo(address: string) {
  return composeMail({ kind: 'organizer.password-reset', locale: 'en', to: { address }, params: sampleMailParams()['organizer.password-reset'] });
}

async function sendFailure(port: number, address: string, extra: { auth?: { user: string; pass: string }; timeoutMs?: number } = {}): Promise<MailSendError> {
  const mailer = createMailer({ host: '127.0.0.1', port, secure: false, from: 'Caravan <no-reply@caravan.local>', ...extra });
  try {
    await mailer.send(mailTo(address));
  } catch (error) {
    if (error instanceof MailSendError) return error;
    throw error;
  } finally {
    mailer.close();
  }
  throw new Error('the send was expected to fail');
}

describe(MailSendError.name, () => {
  it('delivers to an accepting relay (the control for the failures below)', async () => {
    const port = await startRelay();
    const mailer = createMailer({ host: '127.0.0.1', port, secure: false, from: 'no-reply@caravan.local' });
    try {
      await expect(mailer.send(mailTo('someone@example.org'))).resolves.toMatch(/^<.+@caravan\.local>$/);
    } finally {
      mailer.close();
    }
  });

  it('is retryable when nothing listens on the SMTP port', async () => {
    const error = await sendFailure(await closedPort(), 'someone@example.org');
    expect(error).toMatchObject({ code: 'SMTP_UNREACHABLE', retryable: true });
    expect(error.message).toContain('The SMTP relay could not be reached');
  });

  it('is retryable when the server never greets', async () => {
    const error = await sendFailure(await startSilentServer(), 'someone@example.org', { timeoutMs: 300 });
    expect(error).toMatchObject({ code: 'SMTP_UNREACHABLE', retryable: true, details: { transportCode: 'ETIMEDOUT' } });
  });

  it('is permanent when the relay rejects the recipient with 550', async () => {
    const error = await sendFailure(await startRelay(), 'nobody@example.org');
    expect(error).toMatchObject({ code: 'RECIPIENT_INVALID', retryable: false, details: { responseCode: 550 } });
    expect(error.message).toContain('5.1.1 Mailbox does not exist');
  });

  it('is retryable when the relay defers the recipient with 451', async () => {
    const error = await sendFailure(await startRelay(), 'busy@example.org');
    expect(error).toMatchObject({ code: 'SMTP_TEMPORARY_FAILURE', retryable: true, details: { responseCode: 451 } });
  });

  it('is permanent when the relay refuses the message with 554', async () => {
    const error = await sendFailure(await startRelay(), 'refused@example.org');
    expect(error).toMatchObject({ code: 'SMTP_REJECTED', retryable: false, details: { responseCode: 554 } });
  });

  it('is permanent for an address that cannot be written to, before any connection', async () => {
    // The port is closed: a connection attempt would fail as SMTP_UNREACHABLE instead.
    const mailer = createMailer({ host: '127.0.0.1', port: await closedPort(), secure: false, from: 'no-reply@caravan.local' });
    try {
      const error = await mailer.send({ ...mailTo('someone@example.org'), to: { address: 'someone@@example..org' } }).catch((e: unknown) => e);
      expect(error).toMatchObject({ code: 'RECIPIENT_INVALID', retryable: false });
    } finally {
      mailer.close();
    }
  });

  it('is retryable, and names the variables to check, when the relay refuses the credentials', async () => {
    const port = await startRelay({
      authOptional: false,
      allowInsecureAuth: true,
      onAuth(_auth, _session, callback) {
        callback(new Error('Invalid username or password'));
      },
    });
    const error = await sendFailure(port, 'someone@example.org', { auth: { user: 'caravan', pass: 'wrong-password' } });
    expect(error).toMatchObject({ code: 'SMTP_AUTH_FAILED', retryable: true });
    expect(error.message).toContain('SMTP_USER and SMTP_PASSWORD');
    expect(error.message).not.toContain('wrong-password');
  });
});
