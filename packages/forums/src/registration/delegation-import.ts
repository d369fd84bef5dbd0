// A delegation registers its members from one CSV file: a header line naming the columns
// (documented names, any case), one member per line. Every line is checked with the same schema
// as the portal's form, and the result is all members or every problem with its line number as
// in the file (header = line 1): a file is taken whole or not at all.
import { CsvError, parse } from 'csv-parse/sync';
import { askedField, type AccreditationCategory } from './accreditation-categories.js';
import {
  buildRegistrationSchema,
  parseRegistration,
  PASSPORT_FIELD_KEYS,
  type PrivacyNoticeRef,
  type RegistrationContext,
  type RegistrationSubmission,
} from './registration-schema.js';
import {
  type ChoiceOption,
  type FieldKey,
  isCustomField,
  MEDIA_ROLE_OPTIONS,
  type RegistrationForm,
} from './registration-form.js';
import { describeProblem, type RegistrationProblem } from './registration-problems.js';

/** Where a column's cells go in a submission: a form field, a part of a group, or the visa box. */
export type ImportTarget = FieldKey | 'nativeName.text' | 'nativeName.language' | 'visaLetter' | `passport.${(typeof PASSPORT_FIELD_KEYS)[number]}`;

/** The documented header of each column (first) and the other names it is known by. */
export const IMPORT_COLUMNS: Readonly<Record<Exclude<ImportTarget, `custom.${string}` | 'nativeName'>, readonly string[]>> = {
  givenName: ['Given name', 'First name'],
  familyName: ['Family name', 'Last name', 'Surname'],
  'nativeName.text': ['Native name', 'Name in native script'],
  'nativeName.language': ['Native name language'],
  citizenship: ['Citizenship'],
  organization: ['Organization', 'Organisation'],
  position: ['Position', 'Title'],
  email: ['Email', 'E-mail'],
  phone: ['Phone', 'Telephone'],
  photo: ['Photo'],
  dietaryNeeds: ['Dietary needs', 'Diet'],
  accessNeeds: ['Access needs', 'Accessibility needs'],
  interpretationLanguage: ['Interpretation language'],
  outlet: ['Outlet', 'Media outlet'],
  mediaRole: ['Media role'],
  pressCardNumber: ['Press card number'],
  visaLetter: ['Visa letter', 'Visa support letter'],
  'passport.number': ['Passport number'],
  'passport.expiryDate': ['Passport expiry', 'Passport expiry date'],
  'passport.nationality': ['Passport nationality', 'Nationality'],
  'passport.dateOfBirth': ['Date of birth', 'Birth date'],
};

/** Bounds of one import file, and how far a caller may raise them. */
export const DELEGATION_IMPORT_LIMITS = { maxBytes: 1024 * 1024, maxRows: 500, ceilingBytes: 10 * 1024 * 1024, ceilingRows: 5000 } as const;

export interface DelegationImportOptions {
  form: RegistrationForm;
  category: AccreditationCategory;
  /** As for buildRegistrationSchema; `deferred` defaults to ['photo']: photos follow one by one. */
  context: RegistrationContext;
  /** The privacy notice the delegation's registrar accepted for its members. */
  consent: PrivacyNoticeRef;
  maxBytes?: number;
  maxRows?: number;
}

/** A problem of the file: at its line (absent for the file as a whole), under its column as headed in the file. */
export type ImportProblem = RegistrationProblem & { line?: number; column?: string };

export interface ImportedMember {
  line: number;
  submission: RegistrationSubmission;
}

export type DelegationImportResult = { success: true; members: ImportedMember[] } | { success: false; problems: ImportProblem[] };

/** "line 7, Email: not an email address"; a problem of the whole file has no line. */
export function formatImportProblem(problem: ImportProblem): string {
  const where = [problem.line === undefined ? undefined : `line ${problem.line}`, problem.column ?? (problem.field || undefined)]
    .filter((part) => part !== undefined)
    .join(', ');
  return where ? `${where}: ${describeProblem(problem)}` : describeProblem(problem);
}

/** Header names compare without case, spaces, dashes, dots or underscores: "E-mail" is "email". */
export function normalizeHeader(header: string): string {
  return header.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

function columnIndex(form: RegistrationForm): Map<string, ImportTarget> {
  const index = new Map<string, ImportTarget>();
  // Custom fields answer to their key ("custom.company_size"), their name and their English
  // label; a standard column's name wins over a custom field that happens to share it.
  for (const field of form.fields) {
    if (!isCustomField(field)) continue;
    const names = [field.key, field.key.slice('custom.'.length), field.label['en'] ?? ''];
    for (const name of names) if (name) index.set(normalizeHeader(name), field.key);
  }
  for (const [target, names] of Object.entries(IMPORT_COLUMNS)) {
    for (const name of [target, ...names]) index.set(normalizeHeader(name), target as ImportTarget);
  }
  return index;
}

const YES = new Set(['yes', 'y', 'true', '1', 'x', 'да', '是']);
const NO = new Set(['no', 'n', 'false', '0', 'нет', '否']);

/** A yes/no cell as a boolean; anything else stays text for the schema to refuse. */
function yesNo(cell: string): boolean | string {
  const word = cell.trim().toLowerCase();
  return YES.has(word) ? true : NO.has(word) ? false : cell;
}

/** A choice cell matched to an option by its value or any of its labels, without case. */
function matchOption(options: readonly ChoiceOption[], cell: string): string {
  const wanted = cell.trim().toLowerCase();
  const found = options.find(
    (option) => option.value.toLowerCase() === wanted || Object.values(option.label).some((label) => label.toLowerCase() === wanted),
  );
  return found ? found.value : cell.trim();
}

const LIST_SEPARATOR = /[;,|\n]/;

function splitList(cell: string): string[] {
  return cell
    .split(LIST_SEPARATOR)
    .map((item) => item.trim())
    .filter((item) => item !== '');
}

/** How a cell of a column becomes a value: choices matched to options, lists split, yes/no read. */
function cellReader(form: RegistrationForm, target: ImportTarget): (cell: string) => unknown {
  if (target === 'visaLetter') return yesNo;
  if (target === 'mediaRole') return (cell) => matchOption(MEDIA_ROLE_OPTIONS, cell);
  const field = form.fields.find((f) => f.key === target);
  if (field && !isCustomField(field) && field.key === 'dietaryNeeds') {
    const options = field.options ?? [];
    return (cell) => splitList(cell).map((item) => matchOption(options, item));
  }
  if (field && isCustomField(field)) {
    if (field.type === 'checkbox') return yesNo;
    if (field.type === 'choice') {
      const { options } = field;
      return field.multiple ? (cell) => splitList(cell).map((item) => matchOption(options, item)) : (cell) => matchOption(options, cell);
    }
  }
  return (cell) => cell;
}

function put(row: Record<string, unknown>, target: ImportTarget, value: unknown): void {
  const dot = target.indexOf('.');
  if (dot < 0) {
    row[target] = value;
    return;
  }
  const group = target.slice(0, dot);
  const part = target.slice(dot + 1);
  const parts = (row[group] ??= {}) as Record<string, unknown>;
  parts[part] = value;
}

/** The delimiter the header line uses most: comma, or semicolon as spreadsheets in many locales write, or tab. */
function sniffDelimiter(text: string): string {
  const end = text.search(/[\r\n]/);
  const header = end < 0 ? text : text.slice(0, end);
  const counts = [',', ';', '\t'].map((delimiter) => [delimiter, header.split(delimiter).length] as const);
  return counts.reduce((best, next) => (next[1] > best[1] ? next : best))[0];
}

/** The line a record starts on: the parser tells where it ends, minus the line breaks inside it. */
function startLine(endLine: number, raw: string): number {
  const inner = raw.replace(/^[\r\n]+|[\r\n]+$/g, '');
  return endLine - (inner.match(/\r\n|\r|\n/g)?.length ?? 0);
}

const CSV_REASONS: Readonly<Record<string, string>> = {
  CSV_QUOTE_NOT_CLOSED: 'a quoted cell is never closed',
  INVALID_OPENING_QUOTE: 'a cell has a quote inside it; put the whole cell in quotes and double the quote',
  CSV_INVALID_CLOSING_QUOTE: 'a quoted cell goes on after its closing quote',
};

interface ParsedRecord {
  line: number;
  cells: string[];
}

function readText(file: string | Uint8Array, maxBytes: number): { text: string } | { problem: ImportProblem } {
  const tooLarge: ImportProblem = { field: '', code: 'file_too_large', maxBytes };
  if (typeof file === 'string') {
    // A UTF-16 unit is at least one byte of UTF-8: a longer string is surely too large.
    if (file.length > maxBytes || new TextEncoder().encode(file).byteLength > maxBytes) return { problem: tooLarge };
    return { text: file };
  }
  if (file.byteLength > maxBytes) return { problem: tooLarge };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(file) };
  } catch {
    return { problem: { field: '', code: 'malformed_csv', reason: 'the file is not UTF-8 text; save it as "CSV UTF-8"' } };
  }
}

function parseRecords(file: string): { records: ParsedRecord[] } | { problem: ImportProblem } {
  // One kind of line break: the parser counts a CRLF inside a quoted cell as two lines, which
  // would put every later member on the wrong line.
  const text = file.replace(/\r\n?/g, '\n');
  try {
    const rows = parse(text, {
      bom: true,
      delimiter: sniffDelimiter(text.replace(/^\uFEFF/, '')),
      relax_column_count: true,
      skip_empty_lines: true,
      info: true,
      raw: true,
      // The sync parser's types do not follow the info and raw options.
    }) as unknown as { record: string[]; info: { lines: number }; raw: string }[];
    return { records: rows.map(({ record, info, raw }) => ({ line: startLine(info.lines, raw), cells: record })) };
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    const lines = typeof error['lines'] === 'number' ? error['lines'] : undefined;
    return { problem: { field: '', code: 'malformed_csv', reason: CSV_REASONS[error.code] ?? error.message, ...(lines ? { line: lines } : {}) } };
  }
}

function isBlankRecord(cells: readonly string[]): boolean {
  return cells.every((cell) => cell.trim() === '');
}

interface Columns {
  targets: (ImportTarget | undefined)[];
  /** The header as written in the file, by target. */
  headers: Map<ImportTarget, string>;
  problems: ImportProblem[];
}

/** Why a known column cannot be taken for this category, if it cannot. */
function refusal(target: ImportTarget, options: DelegationImportOptions): 'not_asked' | 'visa_not_offered' | undefined {
  const { form, category } = options;
  if (target === 'visaLetter' || target.startsWith('passport.')) {
    return category.visaSupport === 'NONE' ? 'visa_not_offered' : undefined;
  }
  const field = target.startsWith('nativeName.') ? 'nativeName' : (target as FieldKey);
  return askedField(form, category, field) ? undefined : 'not_asked';
}

/**
 * The column each header names. Unknown, repeated and refused columns are reported once here,
 * at line 1, and their cells left out, rather than once on every line.
 */
function readHeader(cells: readonly string[], options: DelegationImportOptions): Columns {
  const index = columnIndex(options.form);
  const headers = new Map<ImportTarget, string>();
  const problems: ImportProblem[] = [];
  const targets = cells.map((cell) => {
    const column = cell.trim();
    if (column === '') return undefined;
    const target = index.get(normalizeHeader(column));
    if (!target) {
      problems.push({ line: 1, field: '', code: 'unknown_column', column });
      return undefined;
    }
    if (headers.has(target)) {
      problems.push({ line: 1, field: target, code: 'duplicate_column', column });
      return undefined;
    }
    headers.set(target, column);
    const refused = refusal(target, options);
    if (refused) {
      problems.push({ line: 1, field: target, code: refused, column });
      return undefined;
    }
    return target;
  });
  return { targets, headers, problems };
}

/** The documented header for a field, for problems about a column the file lacks. */
function documentedHeader(target: string): string {
  const names = IMPORT_COLUMNS[target as keyof typeof IMPORT_COLUMNS];
  return names?.[0] ?? target;
}

/** Required columns of the category that the header lacks, each reported once at line 1. */
function missingColumns(options: DelegationImportOptions, columns: Columns, deferred: ReadonlySet<string>): ImportProblem[] {
  const { form, category } = options;
  const required: string[] = [];
  for (const field of form.fields) {
    if (deferred.has(field.key) || !askedField(form, category, field.key)?.required) continue;
    required.push(field.key);
  }
  if (category.visaSupport === 'REQUIRED') required.push(...PASSPORT_FIELD_KEYS.map((key) => `passport.${key}`));
  // The native name's column is its text; its language column is asked for beside it.
  const columnFor = (field: string): ImportTarget => (field === 'nativeName' ? 'nativeName.text' : (field as ImportTarget));
  return required
    .filter((field) => !columns.headers.has(columnFor(field)))
    .map((field) => ({ line: 1, field, code: 'missing_column', column: documentedHeader(columnFor(field)) }));
}

const withColumn = (column: string | undefined): { column?: string } => (column === undefined ? {} : { column });

const DUPLICATE_KEYS: readonly { field: string; key: (submission: RegistrationSubmission) => string | undefined }[] = [
  { field: 'email', key: (s) => s.email.toLowerCase() },
  { field: 'passport.number', key: (s) => s.passport?.number },
];

/** Members given twice in one file: the same email or passport number on two lines. */
function duplicates(members: readonly ImportedMember[], columnOf: (field: string) => string | undefined): ImportProblem[] {
  const problems: ImportProblem[] = [];
  for (const { field, key } of DUPLICATE_KEYS) {
    const firstLines = new Map<string, number>();
    for (const member of members) {
      const value = key(member.submission);
      if (value === undefined) continue;
      const firstLine = firstLines.get(value);
      if (firstLine === undefined) firstLines.set(value, member.line);
      else problems.push({ line: member.line, field, code: 'duplicate_in_file', firstLine, ...withColumn(columnOf(field)) });
    }
  }
  return problems;
}

/**
 * Reads a delegation's members from a CSV file (UTF-8, comma, semicolon or tab separated) and
 * checks each with the registration schema of `options.category`. Either every member comes
 * back, or every problem, each with its line and column, and nothing else.
 */
export function parseDelegationCsv(file: string | Uint8Array, options: DelegationImportOptions): DelegationImportResult {
  const maxBytes = Math.min(options.maxBytes ?? DELEGATION_IMPORT_LIMITS.maxBytes, DELEGATION_IMPORT_LIMITS.ceilingBytes);
  const maxRows = Math.min(options.maxRows ?? DELEGATION_IMPORT_LIMITS.maxRows, DELEGATION_IMPORT_LIMITS.ceilingRows);
  const fail = (problems: ImportProblem[]): DelegationImportResult => ({ success: false, problems });

  const read = readText(file, maxBytes);
  if ('problem' in read) return fail([read.problem]);
  const parsed = parseRecords(read.text);
  if ('problem' in parsed) return fail([parsed.problem]);
  const [header, ...records] = parsed.records;
  const rows = records.filter((record) => !isBlankRecord(record.cells));
  if (!header || rows.length === 0) return fail([{ field: '', code: 'no_rows' }]);
  if (rows.length > maxRows) return fail([{ field: '', code: 'too_many_rows', max: maxRows }]);

  const { privacyNotice } = options.context;
  if (options.consent.noticeId !== privacyNotice.noticeId || options.consent.version !== privacyNotice.version) {
    return fail([{ field: 'consent', code: 'consent_outdated', noticeId: privacyNotice.noticeId, version: privacyNotice.version }]);
  }

  const deferred = new Set<string>(options.context.deferred ?? ['photo']);
  const schema = buildRegistrationSchema(options.form, options.category, { ...options.context, deferred: [...deferred] as FieldKey[] });
  const columns = readHeader(header.cells, options);
  const missing = missingColumns(options, columns, deferred);
  const explained = new Set(missing.map((problem) => problem.field));
  const readers = columns.targets.map((target) => (target ? cellReader(options.form, target) : undefined));
  const columnOf = (field: string): string | undefined =>
    columns.headers.get(field as ImportTarget) ?? (field.startsWith('passport.') || field in IMPORT_COLUMNS ? documentedHeader(field) : undefined);

  const problems: ImportProblem[] = [...columns.problems, ...missing];
  const members: ImportedMember[] = [];
  for (const { line, cells } of rows) {
    if (cells.length > columns.targets.length) {
      problems.push({ line, field: '', code: 'malformed_csv', reason: `this line has ${cells.length} cells but the header names ${columns.targets.length} columns` });
      continue;
    }
    const row: Record<string, unknown> = { consent: options.consent };
    cells.forEach((cell, index) => {
      const target = columns.targets[index];
      const reader = readers[index];
      if (target && reader && cell.trim() !== '') put(row, target, reader(cell));
    });
    const result = parseRegistration(schema, row);
    if (result.success) {
      members.push({ line, submission: result.data });
      continue;
    }
    for (const problem of result.problems) {
      if (problem.code === 'required' && explained.has(problem.field)) continue;
      problems.push({ ...problem, line, ...withColumn(columnOf(problem.field)) });
    }
  }
  problems.push(...duplicates(members, columnOf));
  return problems.length > 0 ? fail(problems) : { success: true, members };
}

/** The header line of a template file for `category`: one documented column per field it asks. */
export function delegationCsvHeader(form: RegistrationForm, category: AccreditationCategory): string[] {
  const headers: string[] = [];
  for (const field of form.fields) {
    if (!askedField(form, category, field.key)) continue;
    if (isCustomField(field)) headers.push(field.key);
    else if (field.key === 'nativeName') headers.push(documentedHeader('nativeName.text'), documentedHeader('nativeName.language'));
    else headers.push(documentedHeader(field.key));
  }
  if (category.visaSupport === 'OPTIONAL') headers.push(documentedHeader('visaLetter'));
  if (category.visaSupport !== 'NONE') headers.push(...PASSPORT_FIELD_KEYS.map((key) => documentedHeader(`passport.${key}`)));
  return headers;
}
