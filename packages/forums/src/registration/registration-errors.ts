// Typed errors of the registration rules: the api switches on `code` and maps each to a GraphQL
// error code. Problems with a participant's answers are not errors but RegistrationProblems.

export const REGISTRATION_RULE_ERROR_CODES = [
  'APPLICATION_TRANSITION_REFUSED',
  'APPLICATION_ACTOR_REFUSED',
  'APPLICATION_REASON_REQUIRED',
  'APPLICATION_REASON_TOO_LONG',
  'REGISTRATION_CONFIG_INVALID',
] as const;

export type RegistrationRuleErrorCode = (typeof REGISTRATION_RULE_ERROR_CODES)[number];

export class RegistrationRuleError extends Error {
  readonly code: RegistrationRuleErrorCode;

  constructor(code: RegistrationRuleErrorCode, message: string) {
    super(message);
    this.name = 'RegistrationRuleError';
    this.code = code;
  }
}
