import ts from 'typescript';
import { namesOf, remainingSteps, scaffoldModule } from './scaffold-module.js';

describe(scaffoldModule.name, () => {
  const files = scaffoldModule({ entity: 'BadgeTemplate', plural: 'badge-templates' });

  it('writes the read module, the write module and the matrix cases where the api keeps them', () => {
    expect([...files.keys()].sort()).toEqual([
      'badge-templates/badge-templates.module.ts',
      'badge-templates/badge-templates.repository.ts',
      'badge-templates/badge-templates.resolver.ts',
      'badge-templates/badge-templates.service.ts',
      'badge-templates/badge-templates.views.ts',
      'badge-templates/models/badge-template.model.ts',
      'manage/badge-templates/badge-template.inputs.ts',
      'manage/badge-templates/badge-templates.mutations.ts',
      'manage/badge-templates/badge-templates.writer.ts',
      'manage/badge-templates/manage-badge-templates.module.ts',
      'manage/testing/cases-badge-templates.ts',
    ]);
  });

  it('fills every name and writes TypeScript that parses', () => {
    for (const [path, content] of files) {
      expect([path, /\$\{n\.|\{plural\}|\{single\}/.test(content)]).toEqual([path, false]);
      const out = ts.transpileModule(content, { reportDiagnostics: true, compilerOptions: { experimentalDecorators: true, target: ts.ScriptTarget.ES2022 } });
      expect([path, out.diagnostics?.map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'))]).toEqual([path, []]);
    }
    expect(files.get('badge-templates/badge-templates.resolver.ts')).toContain("@ResolveField('badgeTemplates'");
    expect(files.get('manage/badge-templates/badge-templates.writer.ts')).toContain('tx.badgeTemplate.create(');
  });

  it('refuses names it cannot turn into code', () => {
    expect(() => namesOf({ entity: 'badge', plural: 'badges' })).toThrow('must be PascalCase');
    expect(() => namesOf({ entity: 'Badge', plural: 'Badges' })).toThrow('must be kebab-case');
  });

  it('names the steps left by hand, registries included', () => {
    expect(remainingSteps({ entity: 'Badge', plural: 'badges' }).join('\n')).toMatch(/schema\.prisma[\s\S]*migration:create[\s\S]*ZBadgeInput[\s\S]*visibility\.ts[\s\S]*actions\.ts[\s\S]*MATRIX_TABLES[\s\S]*schema:write/);
  });
});
