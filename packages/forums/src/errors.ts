// Typed errors of the forum rules: callers (the API maps them to GraphQL codes) switch on `code`.

export const FORUM_RULE_ERROR_CODES = ['EDITION_TRANSITION_REFUSED', 'AGREEMENT_TRANSITION_REFUSED'] as const;

export type ForumRuleErrorCode = (typeof FORUM_RULE_ERROR_CODES)[number];

export class ForumRuleError extends Error {
  readonly code: ForumRuleErrorCode;

  constructor(code: ForumRuleErrorCode, message: string) {
    super(message);
    this.name = 'ForumRuleError';
    this.code = code;
  }
}
