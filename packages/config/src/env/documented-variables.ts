// Reads the configuration table of docs/guides/operations.md: a row per variable (or several,
// each in backticks, in the first column) and the processes that read it in the second. The api
// and the worker hold the table to their schemas with it.

export interface DocumentedVariable {
  name: string;
  /** Processes named in the "used by" column, lower-case. */
  usedBy: string[];
}

/** Every variable of the first table under a heading that starts with `heading`. */
export function documentedVariables(markdown: string, heading = '## Configuration'): DocumentedVariable[] {
  const lines = markdown.split('\n');
  const start = lines.findIndex((line) => line.startsWith(heading));
  if (start < 0) throw new Error(`no section "${heading}" in the guide`);
  const rows: DocumentedVariable[] = [];
  let inTable = false;
  for (const line of lines.slice(start + 1)) {
    if (line.startsWith('#')) break;
    if (!line.startsWith('|')) {
      if (inTable) break;
      continue;
    }
    inTable = true;
    const [names = '', usedBy = ''] = line.split('|').slice(1).map((cell) => cell.trim());
    if (names === 'variable' || /^-+$/.test(names)) continue;
    const processes = usedBy.split(',').map((p) => p.trim().toLowerCase()).filter(Boolean);
    for (const match of names.matchAll(/`([A-Z][A-Z0-9_]*)`/g)) if (match[1]) rows.push({ name: match[1], usedBy: processes });
  }
  return rows;
}

/** The variables the table says `process` reads, sorted. */
export function variablesDocumentedFor(markdown: string, process: string): string[] {
  return documentedVariables(markdown)
    .filter((row) => row.usedBy.includes(process))
    .map((row) => row.name)
    .sort();
}
