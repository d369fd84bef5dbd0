// A credential that cannot leak by accident: printing, logging, JSON-encoding or interpolating a
// config that holds one shows "[redacted]"; only reveal() hands out the value, at the one place
// that needs it (the SMTP transport, the S3 client).
import { inspect } from 'node:util';

const HIDDEN = '[redacted]';

export class Secret {
  readonly #value: string;

  constructor(value: string) {
    this.#value = value;
  }

  reveal(): string {
    return this.#value;
  }

  toString(): string {
    return HIDDEN;
  }

  toJSON(): string {
    return HIDDEN;
  }

  [inspect.custom](): string {
    return `Secret(${HIDDEN})`;
  }
}
