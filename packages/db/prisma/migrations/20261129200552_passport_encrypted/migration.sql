-- AlterTable
ALTER TABLE "Application" ADD COLUMN     "passportEncrypted" TEXT;
