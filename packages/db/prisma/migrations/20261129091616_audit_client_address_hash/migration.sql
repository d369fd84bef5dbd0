-- AlterTable
ALTER TABLE "AuditEntry" ADD COLUMN     "clientAddressHash" TEXT;
