// The error every function of the credential module throws for input a caller got wrong:
// it names the field, so a form or a job log can point at it.

export class CredentialInputError extends Error {
  readonly code = 'CREDENTIAL_INPUT_INVALID';

  constructor(
    readonly field: string,
    problem: string,
  ) {
    super(`${field}: ${problem}`);
    this.name = 'CredentialInputError';
  }
}
