// Turns a validation issue's path into the field name our errors carry: `badges[3].names[0]`.

export function fieldPath(root: string, path: readonly PropertyKey[]): string {
  return path.reduce<string>((field, part) => (typeof part === 'number' ? `${field}[${part}]` : `${field}.${String(part)}`), root);
}
