-- CreateIndex
CREATE INDEX "AuditLog_provinceId_createdAt_idx" ON "AuditLog"("provinceId", "createdAt");
