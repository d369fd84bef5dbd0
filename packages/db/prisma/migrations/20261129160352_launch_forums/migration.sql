-- AlterTable
ALTER TABLE "Region" ADD COLUMN     "custom" BOOLEAN NOT NULL DEFAULT false;

-- Series themes become data: each series stores its theme (a ZStoredTheme of @caravan/themes).
-- Existing series get a copy of the preset their themeKey named (the neutral default for any
-- other key), then themeKey goes: nothing reads it any more.
ALTER TABLE "Series" ADD COLUMN "theme" JSONB,
ADD COLUMN     "customFocusTracks" JSONB NOT NULL DEFAULT '[]',
ADD COLUMN     "portalLanguages" TEXT[] DEFAULT ARRAY[]::TEXT[],
ADD COLUMN     "workingLanguages" TEXT[] DEFAULT ARRAY[]::TEXT[];

UPDATE "Series" SET "theme" = CASE "themeKey"
  WHEN 'central-asia' THEN '{"schemaVersion":1,"key":"central-asia","name":"Lapis and sand (Central Asia)","colors":{"primary":"#1D3B8B","onPrimary":"#FFFFFF","accent":"#C99A2E","surface":"#FBF6EA","text":"#1A2238","muted":"#545C70","border":"#E3D5B5","focus":"#1F7A78"},"typography":{"headingFont":"book-serif","bodyFont":"humanist-sans","scale":{"kind":"ratio","baseSize":16,"ratio":1.25}},"ornament":{"kind":"motif","motif":"girih-star","alt":{"en":"Band of turquoise eight-pointed stars in gold strapwork on lapis blue, recalling Silk Road tilework","ru":"Полоса бирюзовых восьмиконечных звёзд в золотой плетёнке на лазурном фоне, как в изразцах Шёлкового пути","zh-Hans":"青金石蓝底上以金色条带相连的绿松石八角星饰带,令人想起丝绸之路上的瓷砖"}}}'::jsonb
  WHEN 'south-caucasus' THEN '{"schemaVersion":1,"key":"south-caucasus","name":"Pomegranate and stone (South Caucasus)","colors":{"primary":"#6E1A37","onPrimary":"#FFFFFF","accent":"#C23B3B","surface":"#F6F3F0","text":"#2B2326","muted":"#5D5458","border":"#D9CFC9","focus":"#C23B3B"},"typography":{"headingFont":"classic-serif","bodyFont":"system-sans","scale":{"kind":"ratio","baseSize":16,"ratio":1.2}},"ornament":{"kind":"motif","motif":"carpet-medallion","alt":{"en":"Band of wine-red carpet medallions with stepped crosses and gold hooks, after South Caucasian rugs","ru":"Полоса винно-красных ковровых медальонов со ступенчатыми крестами и золотыми крючками, по мотивам южнокавказских ковров","zh-Hans":"酒红色地毯纹章饰带,带阶梯十字和金色钩纹,取自南高加索地毯"}}}'::jsonb
  ELSE '{"schemaVersion":1,"key":"default","name":"Neutral","colors":{"primary":"#2F4B6E","onPrimary":"#FFFFFF","accent":"#E0A526","surface":"#FFFFFF","text":"#1C1F24","muted":"#5B6470","border":"#DDE1E6","focus":"#9A6A00"},"typography":{"headingFont":"system-sans","bodyFont":"system-sans","scale":{"kind":"ratio","baseSize":16,"ratio":1.2}},"ornament":{"kind":"motif","motif":"grid-dot","alt":{"en":"Plain grid band","ru":"Простая полоса с сеткой","zh-Hans":"简洁的网格饰带"}}}'::jsonb
END;

ALTER TABLE "Series" ALTER COLUMN "theme" SET NOT NULL, DROP COLUMN "themeKey";

-- CreateTable
CREATE TABLE "RegionCountry" (
    "regionCode" TEXT NOT NULL,
    "countryCode" TEXT NOT NULL,

    CONSTRAINT "RegionCountry_pkey" PRIMARY KEY ("regionCode","countryCode")
);

-- CreateTable
CREATE TABLE "LaunchDraft" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "step" INTEGER NOT NULL DEFAULT 1,
    "data" JSONB NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "LaunchDraft_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "LaunchDraft_userId_updatedAt_idx" ON "LaunchDraft"("userId", "updatedAt");

-- AddForeignKey
ALTER TABLE "RegionCountry" ADD CONSTRAINT "RegionCountry_regionCode_fkey" FOREIGN KEY ("regionCode") REFERENCES "Region"("code") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RegionCountry" ADD CONSTRAINT "RegionCountry_countryCode_fkey" FOREIGN KEY ("countryCode") REFERENCES "Country"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LaunchDraft" ADD CONSTRAINT "LaunchDraft_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
