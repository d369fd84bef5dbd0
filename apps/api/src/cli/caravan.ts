#!/usr/bin/env node
// `caravan`: the platform's command line. `caravan launch <forum.yaml> [--dry-run] [--as <email>]`
// launches a forum series from a file with the launchForum mutation's own checks and write (one
// transaction, one audit row, naming the platform admin given with --as). --dry-run checks the
// file without opening the database. Exit codes: 0 done, 1 the file was refused, 2 usage or
// an error of the platform.
import { createDatabase } from '@caravan/db';
import { parseArgs } from 'node:util';
import { AuditRepository } from '../audit/audit.repository.js';
import { AuditService } from '../audit/audit.service.js';
import { requireScope } from '../auth/policy/require-scope.js';
import { AppError } from '../common/errors/app-error.js';
import { toAppError } from '../common/errors/translate-error.js';
import { auditedWrite } from '../common/write/audited-write.js';
import { parseApiEnv } from '../config/env.js';
import { LAUNCH_AUDIT, writeLaunch, type LaunchPlan } from '../manage/launch/forum-launch.js';
import { formatProblem, readForumFile } from './forum-file.js';

const USAGE = 'usage: caravan launch <forum.yaml> [--dry-run] [--as <platform admin email>]';

function summary(plan: LaunchPlan): string {
  const { input } = plan;
  const region = input.region.countries ? `new region ${input.region.code} (${input.region.countries.join(', ')})` : `region ${input.region.code}`;
  const edition = input.edition;
  return [
    `series ${input.series.slug}: ${input.series.name['en'] ?? ''}`,
    `  ${region}${input.partnerCountryCode ? `, partner ${input.partnerCountryCode}` : ''}`,
    `  theme ${plan.theme.key} (${input.theme.preset ? 'preset' : 'custom'}), ${input.focusTracks.length} focus tracks`,
    `  languages: working ${input.workingLanguages.join(', ')}; portal ${input.portalLanguages.join(', ')}`,
    `  edition ${edition.number}: ${edition.startDate} to ${edition.endDate}, ${edition.hostCity['en'] ?? ''} (${edition.timeZone})`,
  ].join('\n');
}

async function launch(file: string, options: { dryRun: boolean; as: string | undefined }): Promise<number> {
  const checked = await readForumFile(file);
  if (!checked.ok) {
    for (const problem of checked.problems) console.error(formatProblem(problem));
    console.error(`${file}: refused (${checked.problems.length} problem${checked.problems.length === 1 ? '' : 's'}); nothing was written`);
    return 1;
  }
  console.log(summary(checked.plan));
  if (options.dryRun) {
    console.log(`${file}: valid (dry run: nothing was written)`);
    return 0;
  }
  if (!options.as) {
    console.error(`${file}: give --as <email> of a platform admin; the audit trail names who launched the series`);
    return 2;
  }
  const config = parseApiEnv(process.env);
  const database = await createDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir, migrate: config.databaseUrl === undefined });
  try {
    const user = await database.prisma.user.findUnique({ where: { email: options.as }, include: { roleGrants: true } });
    if (!user || user.disabledAt) {
      console.error(`--as ${options.as}: no active account has this email`);
      return 2;
    }
    const viewer = { kind: 'user', sessionId: 'cli', user, grants: user.roleGrants } as const;
    const actor = requireScope(viewer, 'series.create', null);
    const audit = new AuditService(new AuditRepository(database));
    const launched = await auditedWrite(database, audit, { scope: null, audit: LAUNCH_AUDIT }, { actorId: actor.user.id }, (tx) => writeLaunch(tx, checked.plan, config.portalUrl));
    console.log(`launched ${launched.seriesSlug}, edition ${launched.editionNumber}: ${launched.portalUrl}`);
    if (launched.addedCountryCodes.length > 0) console.log(`  added to the catalogue: ${launched.addedCountryCodes.join(', ')}`);
    return 0;
  } catch (error) {
    const appError = error instanceof AppError ? error : toAppError(error);
    if (!appError) throw error;
    if (appError.problems.length > 0) {
      for (const problem of appError.problems) console.error(`${file} ${problem.field}: ${problem.reason}`);
      console.error(`${file}: refused; nothing was written`);
      return 1;
    }
    console.error(`${file}: ${appError.message}`);
    return 2;
  } finally {
    await database.close();
  }
}

export async function main(argv: readonly string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], allowPositionals: true, options: { 'dry-run': { type: 'boolean', default: false }, as: { type: 'string' } } });
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
    return 2;
  }
  const [command, file, ...rest] = parsed.positionals;
  if (command !== 'launch' || !file || rest.length > 0) {
    console.error(USAGE);
    return 2;
  }
  return launch(file, { dryRun: parsed.values['dry-run'], as: parsed.values.as });
}

if (require.main === module) {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error(error);
      process.exit(2);
    },
  );
}
