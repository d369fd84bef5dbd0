-- AlterTable
ALTER TABLE "Edition" ADD COLUMN     "isDemo" BOOLEAN NOT NULL DEFAULT false;
