// The byte layout of a version-1 credential (documented in the package README). Integers of
// unbounded size are unsigned LEB128; decoding refuses non-canonical or oversized forms and
// trailing bytes, so a code has exactly one reading.

export const CREDENTIAL_VERSION = 1;
export const KEY_ID_BYTES = 4;
export const SIGNATURE_BYTES = 64;
/** Largest badge number, serial, zone mask or day mask: 31 bits keep the arithmetic exact. */
export const MAX_FIELD_VALUE = 0x7fff_ffff;
const MAX_VARINT_BYTES = 5;

/** Every field of a credential except the signature, in storage units. */
export interface CredentialFields {
  readonly keyId: Uint8Array;
  readonly badgeNumber: number;
  readonly serial: number;
  /** Bit z set: zone z. */
  readonly zoneMask: number;
  /** Days since 1970-01-01 of the first valid day (0–65535). */
  readonly firstDay: number;
  /** Bit i set: day firstDay + i; bit 0 is always set. */
  readonly dayMask: number;
  /** Seconds since 1970-01-01T00:00:00Z (0–4294967295). */
  readonly issuedAtSeconds: number;
}

export interface DecodedCredential {
  readonly fields: CredentialFields;
  /** The bytes the signature covers (everything before it). */
  readonly signed: Uint8Array;
  readonly signature: Uint8Array;
}

function pushVarint(out: number[], value: number): void {
  let rest = value;
  while (rest >= 0x80) {
    out.push((rest % 0x80) + 0x80);
    rest = Math.floor(rest / 0x80);
  }
  out.push(rest);
}

/** The unsigned part of a credential; the caller appends the signature. */
export function encodeCredentialFields(fields: CredentialFields): Uint8Array {
  const out: number[] = [CREDENTIAL_VERSION, ...fields.keyId];
  pushVarint(out, fields.badgeNumber);
  pushVarint(out, fields.serial);
  pushVarint(out, fields.zoneMask);
  out.push(fields.firstDay >> 8, fields.firstDay & 0xff);
  pushVarint(out, fields.dayMask);
  const seconds = fields.issuedAtSeconds;
  out.push(Math.floor(seconds / 0x100_0000) & 0xff, (seconds >> 16) & 0xff, (seconds >> 8) & 0xff, seconds & 0xff);
  return Uint8Array.from(out);
}

class Reader {
  private offset = 0;
  constructor(private readonly bytes: Uint8Array) {}

  get position(): number {
    return this.offset;
  }

  take(count: number, what: string): Uint8Array {
    if (this.offset + count > this.bytes.length) throw new LayoutError(`it ends inside the ${what}`);
    const slice = this.bytes.subarray(this.offset, this.offset + count);
    this.offset += count;
    return slice;
  }

  varint(what: string): number {
    let value = 0;
    let scale = 1;
    for (let i = 0; i < MAX_VARINT_BYTES; i++) {
      const byte = this.take(1, what)[0]!;
      value += (byte & 0x7f) * scale;
      if (byte < 0x80) {
        if (byte === 0 && i > 0) throw new LayoutError(`the ${what} is not in its shortest form`);
        if (value > MAX_FIELD_VALUE) throw new LayoutError(`the ${what} is out of range`);
        return value;
      }
      scale *= 0x80;
    }
    throw new LayoutError(`the ${what} is longer than ${MAX_VARINT_BYTES} bytes`);
  }
}

class LayoutError extends Error {}

/** The fields and signature of a credential's bytes, or a sentence saying why they are none. */
export function decodeCredentialBytes(bytes: Uint8Array): DecodedCredential | string {
  const reader = new Reader(bytes);
  try {
    const version = reader.take(1, 'version')[0];
    if (version !== CREDENTIAL_VERSION) return `version ${version} is not one this verifier reads`;
    const keyId = reader.take(KEY_ID_BYTES, 'key id');
    const badgeNumber = reader.varint('badge number');
    const serial = reader.varint('serial');
    const zoneMask = reader.varint('zone mask');
    const [dayHigh, dayLow] = reader.take(2, 'first day');
    const dayMask = reader.varint('day mask');
    const [s0, s1, s2, s3] = reader.take(4, 'issue time');
    const signedLength = reader.position;
    const signature = reader.take(SIGNATURE_BYTES, 'signature');
    if (reader.position !== bytes.length) return `${bytes.length - reader.position} bytes follow the signature`;
    if (badgeNumber === 0) return 'the badge number is 0';
    if (zoneMask === 0) return 'it opens no zone';
    if (dayMask % 2 === 0) return 'its day mask does not start on its first day';
    return {
      fields: {
        keyId,
        badgeNumber,
        serial,
        zoneMask,
        firstDay: dayHigh! * 256 + dayLow!,
        dayMask,
        issuedAtSeconds: ((s0! * 256 + s1!) * 256 + s2!) * 256 + s3!,
      },
      signed: bytes.subarray(0, signedLength),
      signature,
    };
  } catch (error) {
    if (error instanceof LayoutError) return error.message;
    throw error;
  }
}
