-- AlterTable
ALTER TABLE "Organization" ADD COLUMN     "seriesId" TEXT;

-- AlterTable
ALTER TABLE "Person" ADD COLUMN     "seriesId" TEXT;

-- CreateIndex
CREATE INDEX "Organization_seriesId_idx" ON "Organization"("seriesId");

-- CreateIndex
CREATE INDEX "Person_seriesId_idx" ON "Person"("seriesId");

-- AddForeignKey
ALTER TABLE "Organization" ADD CONSTRAINT "Organization_seriesId_fkey" FOREIGN KEY ("seriesId") REFERENCES "Series"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Person" ADD CONSTRAINT "Person_seriesId_fkey" FOREIGN KEY ("seriesId") REFERENCES "Series"("id") ON DELETE SET NULL ON UPDATE CASCADE;
