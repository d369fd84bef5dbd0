-- CreateEnum
CREATE TYPE "AccreditationKind" AS ENUM ('DELEGATION_MEMBER', 'HEAD_OF_DELEGATION', 'GOVERNMENT_OFFICIAL', 'BUSINESS', 'MEDIA', 'EXPERT_SPEAKER', 'OBSERVER', 'STAFF');

-- CreateEnum
CREATE TYPE "ApprovalMode" AS ENUM ('NEEDS_APPROVAL', 'AUTO_APPROVED');

-- CreateEnum
CREATE TYPE "VisaSupportMode" AS ENUM ('NONE', 'OPTIONAL', 'REQUIRED');

-- CreateEnum
CREATE TYPE "ApplicationStatus" AS ENUM ('DRAFT', 'SUBMITTED', 'APPROVED', 'REJECTED', 'WAITLISTED', 'CANCELLED', 'WITHDRAWN');

-- CreateEnum
CREATE TYPE "MediaRole" AS ENUM ('JOURNALIST', 'CAMERA', 'PHOTO', 'TECHNICAL');

-- AlterEnum
ALTER TYPE "OrganizerRole" ADD VALUE 'MEDIA_OFFICER';

-- AlterTable
ALTER TABLE "Delegation" ADD COLUMN     "memberQuota" INTEGER;

-- CreateTable
CREATE TABLE "RegistrationSetup" (
    "editionId" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "form" JSONB NOT NULL,
    "privacyNoticeId" TEXT NOT NULL,
    "privacyNoticeVersion" TEXT NOT NULL,
    "privacyNotice" JSONB NOT NULL,
    "mediaQuotas" JSONB,
    "passportValidityMonths" INTEGER NOT NULL DEFAULT 0,
    "opensAt" TIMESTAMP(3),
    "closesAt" TIMESTAMP(3),
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "RegistrationSetup_pkey" PRIMARY KEY ("editionId")
);

-- CreateTable
CREATE TABLE "AccreditationCategory" (
    "id" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "editionId" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "kind" "AccreditationKind" NOT NULL,
    "name" JSONB NOT NULL,
    "description" JSONB,
    "capacity" INTEGER,
    "approvedCount" INTEGER NOT NULL DEFAULT 0,
    "approval" "ApprovalMode" NOT NULL,
    "publicSignup" BOOLEAN NOT NULL,
    "fields" JSONB NOT NULL,
    "visaSupport" "VisaSupportMode" NOT NULL,
    "badgeZones" TEXT[],
    "badgeDays" TEXT[],
    "position" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "AccreditationCategory_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Application" (
    "id" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "reference" TEXT NOT NULL,
    "editionId" TEXT NOT NULL,
    "categoryId" TEXT NOT NULL,
    "delegationId" TEXT,
    "status" "ApplicationStatus" NOT NULL DEFAULT 'DRAFT',
    "email" TEXT NOT NULL,
    "givenName" TEXT NOT NULL,
    "familyName" TEXT NOT NULL,
    "citizenship" TEXT NOT NULL,
    "organization" TEXT,
    "language" TEXT NOT NULL,
    "answers" JSONB NOT NULL,
    "photoKey" TEXT,
    "outlet" TEXT,
    "outletKey" TEXT,
    "mediaRole" "MediaRole",
    "consentNoticeId" TEXT,
    "consentVersion" TEXT,
    "consentedAt" TIMESTAMP(3),
    "submittedAt" TIMESTAMP(3),
    "waitlistedAt" TIMESTAMP(3),
    "decidedAt" TIMESTAMP(3),
    "decidedById" TEXT,
    "decisionReason" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Application_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PhotoUpload" (
    "id" TEXT NOT NULL,
    "editionId" TEXT NOT NULL,
    "storageKey" TEXT NOT NULL,
    "contentType" TEXT NOT NULL,
    "bytes" INTEGER NOT NULL,
    "width" INTEGER NOT NULL,
    "height" INTEGER NOT NULL,
    "sha256" TEXT NOT NULL,
    "applicationId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PhotoUpload_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DelegationInvitation" (
    "id" TEXT NOT NULL,
    "delegationId" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "email" TEXT,
    "language" TEXT NOT NULL DEFAULT 'en',
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "revokedAt" TIMESTAMP(3),
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DelegationInvitation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "IdempotencyKey" (
    "scope" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "requestHash" TEXT NOT NULL,
    "response" JSONB,
    "completedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "IdempotencyKey_pkey" PRIMARY KEY ("scope","key")
);

-- CreateIndex
CREATE UNIQUE INDEX "AccreditationCategory_editionId_slug_key" ON "AccreditationCategory"("editionId", "slug");

-- CreateIndex
CREATE UNIQUE INDEX "Application_reference_key" ON "Application"("reference");

-- CreateIndex
CREATE INDEX "Application_editionId_status_idx" ON "Application"("editionId", "status");

-- CreateIndex
CREATE INDEX "Application_categoryId_status_waitlistedAt_idx" ON "Application"("categoryId", "status", "waitlistedAt");

-- CreateIndex
CREATE INDEX "Application_delegationId_idx" ON "Application"("delegationId");

-- CreateIndex
CREATE UNIQUE INDEX "Application_editionId_email_key" ON "Application"("editionId", "email");

-- CreateIndex
CREATE UNIQUE INDEX "PhotoUpload_storageKey_key" ON "PhotoUpload"("storageKey");

-- CreateIndex
CREATE INDEX "PhotoUpload_createdAt_idx" ON "PhotoUpload"("createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "DelegationInvitation_tokenHash_key" ON "DelegationInvitation"("tokenHash");

-- CreateIndex
CREATE INDEX "DelegationInvitation_delegationId_idx" ON "DelegationInvitation"("delegationId");

-- CreateIndex
CREATE INDEX "IdempotencyKey_expiresAt_idx" ON "IdempotencyKey"("expiresAt");

-- AddForeignKey
ALTER TABLE "RegistrationSetup" ADD CONSTRAINT "RegistrationSetup_editionId_fkey" FOREIGN KEY ("editionId") REFERENCES "Edition"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AccreditationCategory" ADD CONSTRAINT "AccreditationCategory_editionId_fkey" FOREIGN KEY ("editionId") REFERENCES "Edition"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Application" ADD CONSTRAINT "Application_editionId_fkey" FOREIGN KEY ("editionId") REFERENCES "Edition"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Application" ADD CONSTRAINT "Application_categoryId_fkey" FOREIGN KEY ("categoryId") REFERENCES "AccreditationCategory"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Application" ADD CONSTRAINT "Application_delegationId_fkey" FOREIGN KEY ("delegationId") REFERENCES "Delegation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DelegationInvitation" ADD CONSTRAINT "DelegationInvitation_delegationId_fkey" FOREIGN KEY ("delegationId") REFERENCES "Delegation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Places taken never exceed places offered: the guarded update that approves an application
-- raises approvedCount only while it is below capacity, and this constraint refuses any other
-- write that would oversell a category.
ALTER TABLE "AccreditationCategory" ADD CONSTRAINT "AccreditationCategory_places_within_capacity"
  CHECK ("approvedCount" >= 0 AND ("capacity" IS NULL OR "approvedCount" <= "capacity"));
ALTER TABLE "AccreditationCategory" ADD CONSTRAINT "AccreditationCategory_capacity_positive"
  CHECK ("capacity" IS NULL OR "capacity" > 0);
ALTER TABLE "Delegation" ADD CONSTRAINT "Delegation_member_quota_not_negative"
  CHECK ("memberQuota" IS NULL OR "memberQuota" >= 0);
