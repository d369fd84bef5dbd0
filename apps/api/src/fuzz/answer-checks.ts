// What no answer of the api may contain, whoever asks and whatever they send: a server error, a
// stack trace, the source layout, or a trace of the SQL and the database driver behind it.

/** Patterns of internals; a match counts only when the request did not carry the same text itself. */
const INTERNALS: readonly { what: string; pattern: RegExp }[] = [
  { what: 'a stack frame', pattern: /\bat [\w$.<>[\] ]+ \([^)]*:\d+:\d+\)/ },
  { what: 'a source path', pattern: /\/(?:src|dist|node_modules)\/[\w./-]+\.(?:ts|js|mjs|cjs)\b/ },
  { what: 'SQL', pattern: /\b(?:SELECT\s+[\w"*]|INSERT INTO|DELETE FROM|UPDATE\s+"\w+"\s+SET)\b/ },
  { what: 'a database error', pattern: /duplicate key value|violates (?:foreign key|unique|check|exclusion) constraint|relation "\w+"|syntax error at or near/i },
  { what: 'a crash of the server', pattern: /Maximum call stack size exceeded|Cannot read propert(?:y|ies) of (?:undefined|null)|is not a function/ },
  { what: 'the database driver', pattern: /Prisma|prisma\.\w+\.\w+\(|\bP20\d\d\b/ },
];

export interface FuzzAnswer {
  statusCode: number;
  body: string;
}

/** The problems of one answer, empty when it is clean. */
export function answerProblems(requestText: string, answer: FuzzAnswer): string[] {
  const problems: string[] = [];
  if (answer.statusCode >= 500) problems.push(`HTTP ${answer.statusCode}`);
  if (answer.body.includes('INTERNAL_SERVER_ERROR')) problems.push('an internal error');
  for (const { what, pattern } of INTERNALS) {
    const found = pattern.exec(answer.body);
    if (found && !requestText.includes(found[0])) problems.push(`${what}: ${found[0].slice(0, 120)}`);
  }
  return problems;
}
