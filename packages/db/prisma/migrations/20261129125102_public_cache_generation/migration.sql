-- CreateTable
CREATE TABLE "PublicCacheGeneration" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "epoch" UUID NOT NULL DEFAULT gen_random_uuid(),
    "counter" BIGINT NOT NULL DEFAULT 0,

    CONSTRAINT "PublicCacheGeneration_pkey" PRIMARY KEY ("id")
);

-- One row only, there from the start.
ALTER TABLE "PublicCacheGeneration" ADD CONSTRAINT "PublicCacheGeneration_one_row" CHECK ("id" = 1);
INSERT INTO "PublicCacheGeneration" ("id") VALUES (1);
