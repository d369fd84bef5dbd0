// The one way the api writes CSV: RFC 4180 via csv-stringify, a UTF-8 byte order mark so that
// Excel opens Chinese and Cyrillic names correctly, CRLF line ends, and every cell neutralised
// against formula injection. A spreadsheet runs a cell that starts with = + - @ (or a tab or
// carriage return before one) as a formula, and names in our exports come from organizers of
// any series (an organization shared between series, say); so, as OWASP advises, such a cell
// gets a leading apostrophe, which spreadsheets show as text and do not evaluate.
import { stringify } from 'csv-stringify/sync';

const FORMULA_START = new Set(['=', '+', '-', '@', '\t', '\r']);

/** The cell as text a spreadsheet shows and never evaluates. */
export function neutralizeCell(value: string): string {
  return value.length > 0 && FORMULA_START.has(value.charAt(0)) ? `'${value}` : value;
}

export function renderCsv(columns: readonly string[], rows: readonly (readonly string[])[]): string {
  return stringify(
    rows.map((row) => row.map(neutralizeCell)),
    { bom: true, header: true, columns: [...columns], record_delimiter: 'windows' },
  );
}
