-- AlterTable
ALTER TABLE "AuthSession" ADD COLUMN     "retiredRefreshTokenHashes" TEXT[] DEFAULT ARRAY[]::TEXT[];
