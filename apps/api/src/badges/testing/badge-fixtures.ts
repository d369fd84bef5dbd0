// Fixtures of the badge and check-in specs: a category whose badges open named zones on named
// days, and reading a PDF's QR code back the way a door's scanner would (150 dpi, zbarimg).
import { execFile } from 'node:child_process';
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import type { AccreditationKind, PrismaClient } from '@caravan/db';

const run = promisify(execFile);

export async function seedBadgeCategory(prisma: PrismaClient, editionId: string, seed: { slug: string; kind?: AccreditationKind; zones: string[]; days: string[] }): Promise<string> {
  const category = await prisma.accreditationCategory.create({
    data: {
      editionId,
      slug: seed.slug,
      kind: seed.kind ?? 'DELEGATION_MEMBER',
      name: { en: `Delegate ${seed.slug}` },
      approval: 'NEEDS_APPROVAL',
      publicSignup: true,
      fields: [],
      visaSupport: 'NONE',
      badgeZones: seed.zones,
      badgeDays: seed.days,
    },
  });
  return category.id;
}

/** The texts of the QR codes on each page of the PDF, rendered at 150 dpi. */
export async function qrCodesOf(pdf: Buffer): Promise<string[]> {
  const dir = await mkdtemp(path.join(tmpdir(), 'caravan-badge-'));
  try {
    await writeFile(path.join(dir, 'badge.pdf'), pdf);
    await run('pdftoppm', ['-r', '150', '-png', path.join(dir, 'badge.pdf'), path.join(dir, 'page')]);
    const pages = (await readdir(dir)).filter((name) => name.endsWith('.png')).sort();
    const codes: string[] = [];
    for (const page of pages) {
      const { stdout } = await run('zbarimg', ['--quiet', '--raw', '-Sdisable', '-Sqrcode.enable', path.join(dir, page)]);
      codes.push(...stdout.split('\n').filter((line) => line !== ''));
    }
    return codes;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

export async function pageCount(pdf: Buffer): Promise<number> {
  const dir = await mkdtemp(path.join(tmpdir(), 'caravan-badge-'));
  try {
    await writeFile(path.join(dir, 'sheet.pdf'), pdf);
    const { stdout } = await run('pdfinfo', [path.join(dir, 'sheet.pdf')]);
    return Number(/Pages:\s+(\d+)/.exec(stdout)?.[1] ?? 0);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
