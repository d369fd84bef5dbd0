// The worker's structured logger (pino). Errors it logs (under `err` or `error`) lose the
// passwords of the URLs they mention and any property named like a secret, as the api's do
// (@caravan/config redactedErrorSerializers): a Redis or SMTP error easily carries its connection string.
import { redactedErrorSerializers } from '@caravan/config/env';
import pino, { type Logger } from 'pino';

export function createWorkerLogger(level: pino.LevelWithSilent): Logger {
  const options = { name: 'caravan-worker', level, serializers: redactedErrorSerializers(pino.stdSerializers.err) };
  return pino(options);
}
