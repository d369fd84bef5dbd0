// Runs maildev in a process of its own, started by startMailCatcher (start-mail-catcher.ts).
// maildev 3 is ESM-only (an "import"-only export map), so it is loaded here by Node itself,
// away from the CommonJS module system of the parent and of Jest. The parent sends the
// settings in MAIL_CATCHER_OPTIONS; this process answers over IPC with the ports it bound and
// stops when told to or when the parent goes away.

/** @param {unknown} message */
function send(message) {
  if (process.send) process.send(message);
}

/** @type {{ smtpPort: number, webPort: number, host: string, mailDirectory: string }} */
const options = JSON.parse(process.env.MAIL_CATCHER_OPTIONS ?? '{}');

/** @type {import('maildev').MailDev | undefined} */
let maildev;
try {
  const { MailDev } = await import('maildev');
  maildev = new MailDev({
    smtp: options.smtpPort,
    web: options.webPort,
    ip: options.host,
    webIp: options.host,
    mailDirectory: options.mailDirectory,
    silent: true,
  });
  const servers = await maildev.start();
  const smtp = servers.smtp.getAddress();
  const web = servers.api?.getAddress();
  if (!web) throw new Error('maildev started without its web server');
  send({ type: 'ready', smtpPort: smtp.port, webPort: web.port });
} catch (error) {
  const code = error instanceof Error && 'code' in error ? String(error.code) : undefined;
  const message = error instanceof Error ? error.message : String(error);
  send({
    type: 'failed',
    message: code === 'ERR_MODULE_NOT_FOUND' ? `maildev is not installed (it is a development dependency of @caravan/mail): ${message}` : message,
  });
  process.exit(1);
}

let stopping = false;
async function stop() {
  if (stopping) return;
  stopping = true;
  await maildev?.stop();
  process.exit(0);
}

process.on('message', (message) => {
  if (message === 'stop') void stop();
});
// The parent exited or was killed: do not outlive it.
process.on('disconnect', () => void stop());
