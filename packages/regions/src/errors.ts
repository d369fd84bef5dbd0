// Typed errors for catalogue look-ups: callers switch on `code`, people read `message`.

export const CATALOGUE_ERROR_CODES = [
  'UNKNOWN_COUNTRY',
  'UNKNOWN_REGION',
  'UNKNOWN_SUBNATIONAL_UNIT',
  'UNKNOWN_LANGUAGE',
  'NO_SUPPORTED_LANGUAGES',
] as const;

export type CatalogueErrorCode = (typeof CATALOGUE_ERROR_CODES)[number];

export class CatalogueError extends Error {
  readonly code: CatalogueErrorCode;

  constructor(code: CatalogueErrorCode, message: string) {
    super(message);
    this.name = 'CatalogueError';
    this.code = code;
  }
}
