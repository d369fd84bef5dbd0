// The api's structured logger (pino). One instance per process, level from config. Errors it
// logs (under `err` or `error`) lose the passwords of the URLs they mention and any property
// named like a secret (@caravan/config redactedErrorSerializers): a driver's error easily
// carries the connection string it was given.
import { redactedErrorSerializers } from '@caravan/config/env';
import pino, { type DestinationStream, type Logger } from 'pino';

export function createLogger(level: pino.LevelWithSilent, name = 'caravan-api', destination?: DestinationStream): Logger {
  const options = { name, level, serializers: redactedErrorSerializers(pino.stdSerializers.err) };
  return destination ? pino(options, destination) : pino(options);
}
