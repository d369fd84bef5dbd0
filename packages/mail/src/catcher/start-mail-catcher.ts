// Starts a development mail catcher: maildev 3 in a child process, with its SMTP server and
// its web UI and REST API on 127.0.0.1. Free ports unless told otherwise, so tests running side
// by side never collide; `pnpm start` asks for 1025 and 1080, the ports development mail
// defaults to. Development only: maildev is a devDependency of this package.
import { fork, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

export interface MailCatcherOptions {
  /** SMTP port; 0 (the default) takes a free one. */
  smtpPort?: number;
  /** Port of the web UI and REST API; 0 (the default) takes a free one. */
  webPort?: number;
  /** Address both servers bind; loopback unless the catcher must be reached from elsewhere. */
  host?: string;
  /** Where maildev keeps received mail; a fresh temporary directory (removed on stop) by default. */
  mailDirectory?: string;
  /** How long to wait for maildev to listen. */
  startTimeoutMs?: number;
}

export interface MailCatcher {
  host: string;
  smtpPort: number;
  webPort: number;
  /** The web UI, e.g. http://127.0.0.1:1080/ (the REST API is under /api). */
  webUrl: string;
  /** The variables that point the mail transport (parseMailEnv) at this catcher. */
  env: { SMTP_HOST: string; SMTP_PORT: string };
  /** Stops maildev; received mail in a temporary directory is deleted. */
  stop(): Promise<void>;
}

interface ReadyMessage {
  type: 'ready';
  smtpPort: number;
  webPort: number;
}
interface FailedMessage {
  type: 'failed';
  message: string;
}

const CHILD_SCRIPT = path.join(__dirname, 'maildev-child.mjs');
const MAX_STDERR = 4096;

function waitForExit(child: ChildProcess, timeoutMs: number): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
  });
}

export async function startMailCatcher(options: MailCatcherOptions = {}): Promise<MailCatcher> {
  const host = options.host ?? '127.0.0.1';
  const ownDirectory = options.mailDirectory === undefined;
  const mailDirectory = options.mailDirectory ?? (await mkdtemp(path.join(tmpdir(), 'caravan-mail-')));
  const settings = { smtpPort: options.smtpPort ?? 0, webPort: options.webPort ?? 0, host, mailDirectory };
  const child = fork(CHILD_SCRIPT, [], {
    env: { ...process.env, MAIL_CATCHER_OPTIONS: JSON.stringify(settings) },
    // Not the parent's flags (a debugger port, a test runner's loader): maildev needs none.
    execArgv: [],
    stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
  });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr = (stderr + chunk.toString()).slice(-MAX_STDERR);
  });

  const removeDirectory = () => (ownDirectory ? rm(mailDirectory, { recursive: true, force: true }) : Promise.resolve());

  let ready: ReadyMessage;
  try {
    ready = await new Promise<ReadyMessage>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`maildev did not start within ${options.startTimeoutMs ?? 30_000} ms`)), options.startTimeoutMs ?? 30_000);
      child.on('message', (message: ReadyMessage | FailedMessage) => {
        clearTimeout(timer);
        if (message.type === 'ready') resolve(message);
        else reject(new Error(`maildev could not start: ${message.message}`));
      });
      child.once('exit', (code, signal) => {
        clearTimeout(timer);
        reject(new Error(`maildev exited before it was ready (${signal ?? `code ${code}`})${stderr ? `: ${stderr.trim()}` : ''}`));
      });
    });
  } catch (error) {
    child.kill('SIGKILL');
    await waitForExit(child, 5_000);
    await removeDirectory();
    throw error;
  }

  let stopped: Promise<void> | undefined;
  return {
    host,
    smtpPort: ready.smtpPort,
    webPort: ready.webPort,
    webUrl: `http://${host.includes(':') ? `[${host}]` : host}:${ready.webPort}/`,
    env: { SMTP_HOST: host, SMTP_PORT: String(ready.smtpPort) },
    stop() {
      stopped ??= (async () => {
        if (child.connected) child.send('stop');
        await waitForExit(child, 10_000);
        await removeDirectory();
      })();
      return stopped;
    },
  };
}
