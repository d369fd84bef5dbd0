// Reading a forum file (YAML) for `caravan launch`: the document, and every problem located as
// "<file>:<line>:<column> <path>: <reason>", so an organizer can go straight to the field. The
// checks are the launch's own (planLaunch); this module only reads and points.
import { readFile } from 'node:fs/promises';
import { isScalar, LineCounter, parseDocument, type Document } from 'yaml';
import { AppError, type FieldProblem } from '../common/errors/app-error.js';
import { planLaunch, type LaunchPlan } from '../manage/launch/forum-launch.js';

export interface FileProblem {
  file: string;
  /** 1-based, where the field (or the nearest enclosing one) is written; 0 when unknown. */
  line: number;
  column: number;
  /** Dotted path of the field, e.g. edition.timeZone; "input" for the whole file. */
  path: string;
  reason: string;
}

export type ForumFile = { ok: true; plan: LaunchPlan; raw: unknown } | { ok: false; problems: FileProblem[] };

export function formatProblem(problem: FileProblem): string {
  const where = problem.line > 0 ? `${problem.file}:${problem.line}:${problem.column}` : problem.file;
  return `${where} ${problem.path}: ${problem.reason}`;
}

/** The node written for `path`, or the nearest ancestor that is written (a missing field points at its parent). */
function positionOf(doc: Document, lines: LineCounter, path: string): { line: number; column: number } {
  const keys = path === 'input' ? [] : path.split('.').map((key) => (/^\d+$/.test(key) ? Number(key) : key));
  for (let depth = keys.length; depth >= 0; depth -= 1) {
    const node = depth === 0 ? doc.contents : doc.getIn(keys.slice(0, depth), true);
    const range = node && typeof node === 'object' && 'range' in node ? (node.range as [number, number, number] | undefined) : undefined;
    if (range) {
      const { line, col } = lines.linePos(range[0]);
      return { line, column: col };
    }
    if (isScalar(node)) break;
  }
  return { line: 0, column: 0 };
}

/** Parses `text` (the contents of `file`) and checks it as launchForum would. */
export function checkForumText(file: string, text: string): ForumFile {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    return {
      ok: false,
      problems: doc.errors.map((error) => {
        const { line, col } = lines.linePos(error.pos[0]);
        return { file, line, column: col, path: 'input', reason: `not valid YAML: ${error.message.split('\n')[0]}` };
      }),
    };
  }
  const raw: unknown = doc.toJS();
  try {
    return { ok: true, plan: planLaunch(raw), raw };
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    const problems: readonly FieldProblem[] = error.problems.length > 0 ? error.problems : [{ field: 'input', reason: error.message }];
    return { ok: false, problems: problems.map((p) => ({ file, ...positionOf(doc, lines, p.field), path: p.field, reason: p.reason })) };
  }
}

export async function readForumFile(file: string): Promise<ForumFile> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : `cannot be read (${String(error)})`;
    return { ok: false, problems: [{ file, line: 0, column: 0, path: 'input', reason }] };
  }
  return checkForumText(file, text);
}
