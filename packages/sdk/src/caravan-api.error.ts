// The one error type the sdk throws, so callers can tell "not reachable" from "rejected by the api".

/** Codes the client itself assigns; other codes come from the api's `extensions.code`. */
export type ClientErrorCode = 'NETWORK_ERROR' | 'HTTP_ERROR' | 'INVALID_RESPONSE' | 'GRAPHQL_ERROR';

export interface GraphQLErrorEntry {
  message: string;
  path?: ReadonlyArray<string | number>;
  extensions?: Record<string, unknown>;
}

export class CaravanApiError extends Error {
  constructor(
    /** `NETWORK_ERROR`, `HTTP_ERROR`, `INVALID_RESPONSE`, or the api's own code (e.g. `BAD_USER_INPUT`). */
    readonly code: ClientErrorCode | (string & {}),
    message: string,
    readonly details: { status?: number; errors?: readonly GraphQLErrorEntry[]; cause?: unknown } = {},
  ) {
    super(message, { cause: details.cause });
    this.name = 'CaravanApiError';
  }

  /** True when the api could not be reached or answered with a server failure. */
  get isUnavailable(): boolean {
    return this.code === 'NETWORK_ERROR' || (this.code === 'HTTP_ERROR' && (this.details.status ?? 0) >= 500);
  }
}
