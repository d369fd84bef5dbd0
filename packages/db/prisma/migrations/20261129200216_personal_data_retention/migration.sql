-- AlterTable
ALTER TABLE "Edition" ADD COLUMN     "personalDataRetentionDays" INTEGER NOT NULL DEFAULT 365;

-- A retention period is at least a day and at most ten years.
ALTER TABLE "Edition" ADD CONSTRAINT "Edition_personalDataRetentionDays_check" CHECK ("personalDataRetentionDays" BETWEEN 1 AND 3650);
