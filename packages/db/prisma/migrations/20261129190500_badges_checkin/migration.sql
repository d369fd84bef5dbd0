-- CreateEnum
CREATE TYPE "BadgeStatus" AS ENUM ('ACTIVE', 'REVOKED');

-- CreateEnum
CREATE TYPE "BadgeRenderStatus" AS ENUM ('QUEUED', 'RUNNING', 'DONE', 'CANCELLED', 'FAILED');

-- CreateTable
CREATE TABLE "EditionSigningKey" (
    "editionId" TEXT NOT NULL,
    "keyId" TEXT NOT NULL,
    "publicKey" TEXT NOT NULL,
    "privateKeyEncrypted" TEXT NOT NULL,
    "zones" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "lastBadgeNumber" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "EditionSigningKey_pkey" PRIMARY KEY ("editionId")
);

-- CreateTable
CREATE TABLE "Badge" (
    "id" TEXT NOT NULL,
    "editionId" TEXT NOT NULL,
    "applicationId" TEXT NOT NULL,
    "badgeNumber" INTEGER NOT NULL,
    "serial" INTEGER NOT NULL DEFAULT 0,
    "credential" TEXT NOT NULL,
    "status" "BadgeStatus" NOT NULL DEFAULT 'ACTIVE',
    "revokedAt" TIMESTAMP(3),
    "revokedReason" TEXT,
    "issuedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Badge_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BadgeRenderRun" (
    "id" TEXT NOT NULL,
    "editionId" TEXT NOT NULL,
    "status" "BadgeRenderStatus" NOT NULL DEFAULT 'QUEUED',
    "total" INTEGER NOT NULL DEFAULT 0,
    "done" INTEGER NOT NULL DEFAULT 0,
    "mergedKey" TEXT,
    "error" TEXT,
    "requestedById" TEXT,
    "cancelRequestedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "startedAt" TIMESTAMP(3),
    "finishedAt" TIMESTAMP(3),

    CONSTRAINT "BadgeRenderRun_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CheckInScan" (
    "id" TEXT NOT NULL,
    "scanId" TEXT NOT NULL,
    "editionId" TEXT NOT NULL,
    "badgeId" TEXT,
    "badgeNumber" INTEGER,
    "point" TEXT NOT NULL,
    "zone" TEXT NOT NULL,
    "day" TEXT NOT NULL,
    "staffId" TEXT NOT NULL,
    "scannedAt" TIMESTAMP(3) NOT NULL,
    "recordedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "offline" BOOLEAN NOT NULL DEFAULT false,
    "outcome" TEXT NOT NULL,
    "admitted" BOOLEAN NOT NULL,
    "conflict" BOOLEAN NOT NULL DEFAULT false,
    "deviceOutcome" TEXT,
    "detail" JSONB,

    CONSTRAINT "CheckInScan_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "EditionSigningKey_keyId_key" ON "EditionSigningKey"("keyId");

-- CreateIndex
CREATE UNIQUE INDEX "Badge_applicationId_key" ON "Badge"("applicationId");

-- CreateIndex
CREATE UNIQUE INDEX "Badge_editionId_badgeNumber_key" ON "Badge"("editionId", "badgeNumber");

-- CreateIndex
CREATE INDEX "BadgeRenderRun_editionId_createdAt_idx" ON "BadgeRenderRun"("editionId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "CheckInScan_scanId_key" ON "CheckInScan"("scanId");

-- CreateIndex
CREATE INDEX "CheckInScan_badgeId_zone_day_admitted_idx" ON "CheckInScan"("badgeId", "zone", "day", "admitted");

-- CreateIndex
CREATE INDEX "CheckInScan_editionId_scannedAt_idx" ON "CheckInScan"("editionId", "scannedAt");

-- AddForeignKey
ALTER TABLE "EditionSigningKey" ADD CONSTRAINT "EditionSigningKey_editionId_fkey" FOREIGN KEY ("editionId") REFERENCES "Edition"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Badge" ADD CONSTRAINT "Badge_editionId_fkey" FOREIGN KEY ("editionId") REFERENCES "Edition"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Badge" ADD CONSTRAINT "Badge_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "Application"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BadgeRenderRun" ADD CONSTRAINT "BadgeRenderRun_editionId_fkey" FOREIGN KEY ("editionId") REFERENCES "Edition"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CheckInScan" ADD CONSTRAINT "CheckInScan_editionId_fkey" FOREIGN KEY ("editionId") REFERENCES "Edition"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CheckInScan" ADD CONSTRAINT "CheckInScan_badgeId_fkey" FOREIGN KEY ("badgeId") REFERENCES "Badge"("id") ON DELETE SET NULL ON UPDATE CASCADE;
