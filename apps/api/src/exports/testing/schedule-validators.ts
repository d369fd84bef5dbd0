// Test helpers that check exports against the c3voc schedule schemas, unchanged (vendored in
// interop-schedule/, or another copy under CARAVAN_SHARED_DIR/interop/schedule): ajv with the draft-06 meta-schema for JSON,
// xmllint (Debian's libxml2-utils) for XML.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import Ajv, { type ErrorObject } from 'ajv';
import addFormats from 'ajv-formats';
import draft06 from 'ajv/dist/refs/json-schema-draft-06.json';

export function scheduleSchemaDir(): string {
  const dir = process.env['CARAVAN_SHARED_DIR']
    ? join(process.env['CARAVAN_SHARED_DIR'], 'interop', 'schedule')
    : resolve(__dirname, 'interop-schedule');
  if (!existsSync(join(dir, 'schedule.schema.json'))) {
    throw new Error(`SCHEMA_MISSING: no schedule.schema.json in ${dir}; set CARAVAN_SHARED_DIR to the shared folder.`);
  }
  return dir;
}

export function validateScheduleJson(document: unknown): ErrorObject[] {
  // strict: false because the c3voc schema carries annotations ajv does not know ($oneOf, $todo).
  const ajv = new Ajv({ strict: false, allErrors: true });
  ajv.addMetaSchema(draft06);
  addFormats(ajv);
  ajv.addFormat('color', /^#[0-9a-fA-F]{6}$/);
  const schema: unknown = JSON.parse(readFileSync(join(scheduleSchemaDir(), 'schedule.schema.json'), 'utf8'));
  const validate = ajv.compile(schema as object);
  return validate(document) ? [] : [...(validate.errors ?? [])];
}

/** xmllint's verdict: null when valid, its messages otherwise. */
export function validateScheduleXml(xml: string): string | null {
  const dir = mkdtempSync(join(tmpdir(), 'caravan-schedule-'));
  const file = join(dir, 'schedule.xml');
  writeFileSync(file, xml);
  try {
    execFileSync('xmllint', ['--noout', '--schema', join(scheduleSchemaDir(), 'schedule.xml.xsd'), file], { stdio: 'pipe' });
    return null;
  } catch (error) {
    const stderr = (error as { stderr?: Buffer }).stderr?.toString() ?? String(error);
    return stderr;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
