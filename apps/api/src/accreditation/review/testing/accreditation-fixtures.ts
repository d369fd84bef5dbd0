// Accreditation records for the organizer-side specs: categories and applications written
// straight to the tables, in the states a spec needs (the public submission path has its own
// specs), with counts of approved places kept as the guarded update would keep them.
import { randomUUID } from 'node:crypto';
import type { AccreditationKind, ApplicationStatus, ApprovalMode, MediaRole, PrismaClient } from '@caravan/db';
import { normalizeOutletName } from '@caravan/forums/registration';

export interface CategorySeed {
  slug: string;
  kind: AccreditationKind;
  capacity?: number | null;
  approval?: ApprovalMode;
}

export async function seedCategory(prisma: PrismaClient, editionId: string, seed: CategorySeed): Promise<string> {
  const category = await prisma.accreditationCategory.create({
    data: {
      editionId,
      slug: seed.slug,
      kind: seed.kind,
      name: { en: `Category ${seed.slug}` },
      capacity: seed.capacity ?? null,
      approval: seed.approval ?? 'NEEDS_APPROVAL',
      publicSignup: true,
      fields: [],
      visaSupport: 'NONE',
      badgeZones: [],
      badgeDays: [],
    },
  });
  return category.id;
}

export interface ApplicationSeed {
  editionId: string;
  categoryId: string;
  status?: ApplicationStatus;
  givenName?: string;
  familyName?: string;
  email?: string;
  citizenship?: string;
  organization?: string | null;
  outlet?: string | null;
  mediaRole?: MediaRole | null;
  delegationId?: string | null;
  language?: string;
  createdAt?: Date;
  waitlistedAt?: Date | null;
}

export interface SeededApplication {
  id: string;
  reference: string;
  email: string;
}

/** An application; an APPROVED one takes its place in the category's approvedCount. */
export async function seedApplication(prisma: PrismaClient, seed: ApplicationSeed): Promise<SeededApplication> {
  const status = seed.status ?? 'SUBMITTED';
  const email = (seed.email ?? `applicant-${randomUUID()}@example.org`).toLowerCase();
  const reference = `T${randomUUID().replace(/-/g, '').slice(0, 10).toUpperCase()}`;
  const givenName = seed.givenName ?? 'Test';
  const familyName = seed.familyName ?? 'Applicant';
  const citizenship = seed.citizenship ?? 'KZ';
  const outlet = seed.outlet ?? null;
  const now = seed.createdAt ?? new Date();
  const created = await prisma.$transaction(async (tx) => {
    const application = await tx.application.create({
      data: {
        reference,
        editionId: seed.editionId,
        categoryId: seed.categoryId,
        delegationId: seed.delegationId ?? null,
        status,
        email,
        givenName,
        familyName,
        citizenship,
        organization: seed.organization ?? null,
        language: seed.language ?? 'en',
        answers: { givenName, familyName, email, citizenship, ...(outlet ? { outlet } : {}) },
        outlet,
        outletKey: outlet ? normalizeOutletName(outlet) : null,
        mediaRole: seed.mediaRole ?? null,
        submittedAt: status === 'DRAFT' ? null : now,
        waitlistedAt: status === 'WAITLISTED' ? (seed.waitlistedAt ?? now) : null,
        createdAt: now,
      },
    });
    if (status === 'APPROVED') await tx.accreditationCategory.update({ where: { id: seed.categoryId }, data: { approvedCount: { increment: 1 } } });
    return application;
  });
  return { id: created.id, reference: created.reference, email };
}
