// One SQL statement as sent to PostgreSQL: its text and its bound parameters.
export interface Statement {
  sql: string;
  params: unknown[];
}
