// The error every function of the credential module throws for input a caller got wrong.
import { FieldError } from '../field-error.js';

export class CredentialInputError extends FieldError {
  readonly code = 'CREDENTIAL_INPUT_INVALID';
}
