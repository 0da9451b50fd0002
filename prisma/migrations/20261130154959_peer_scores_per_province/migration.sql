-- CreateTable
CREATE TABLE "PeerScore" (
    "id" TEXT NOT NULL,
    "ownerProvinceId" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "provinceName" TEXT NOT NULL,
    "totalScore" DECIMAL(6,3) NOT NULL,
    "rank" INTEGER,
    "source" TEXT,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "PeerScore_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "PeerScore_ownerProvinceId_year_provinceName_key" ON "PeerScore"("ownerProvinceId", "year", "provinceName");

-- AddForeignKey
ALTER TABLE "PeerScore" ADD CONSTRAINT "PeerScore_ownerProvinceId_fkey" FOREIGN KEY ("ownerProvinceId") REFERENCES "Province"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Totals entered through "Điểm các tỉnh" used to be written as the other province's own Assessment (creating
-- the province when missing). Move them to the entering province's reference data, then remove what they made.
INSERT INTO "PeerScore" ("id", "ownerProvinceId", "year", "provinceName", "totalScore", "rank", "source", "updatedAt")
SELECT 'mig' || md5(owner.id || a.id), owner.id, a.year, target.name, a."totalScore", a.rank, a.source, now()
FROM "Assessment" a
JOIN "Province" target ON target.id = a."provinceId"
JOIN "Province" owner ON a.source = 'Nhập bởi Sở Nội vụ tỉnh ' || owner.name || ' từ kết quả công bố'
WHERE a."frameworkId" IS NULL AND owner.id <> target.id
ON CONFLICT DO NOTHING;

DELETE FROM "Assessment" a
WHERE a."frameworkId" IS NULL AND a.source LIKE 'Nhập bởi Sở Nội vụ tỉnh % từ kết quả công bố'
  AND NOT EXISTS (SELECT 1 FROM "Plan" p WHERE p."assessmentId" = a.id);

-- Provinces that existed only because someone typed their name: nothing of their own remains.
DELETE FROM "Province" pr
WHERE NOT EXISTS (SELECT 1 FROM "User" u WHERE u."provinceId" = pr.id)
  AND NOT EXISTS (SELECT 1 FROM "Agency" ag WHERE ag."provinceId" = pr.id)
  AND NOT EXISTS (SELECT 1 FROM "Plan" p WHERE p."provinceId" = pr.id)
  AND NOT EXISTS (SELECT 1 FROM "Assessment" a WHERE a."provinceId" = pr.id)
  AND NOT EXISTS (SELECT 1 FROM "AgencyGroup" g WHERE g."provinceId" = pr.id)
  AND NOT EXISTS (SELECT 1 FROM "AuditLog" l WHERE l."provinceId" = pr.id);
