// The api's structured logger (pino). One instance per process, level from config.
import pino, { type Logger } from 'pino';

export function createLogger(level: pino.LevelWithSilent, name = 'caravan-api'): Logger {
  return pino({ name, level });
}
