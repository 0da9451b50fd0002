// `npm run user:create-admin -- --email … --province …`: the first Sở Nội vụ account of a real deployment, so
// that it never needs the demo accounts. A temporary password is printed once; the user changes it on
// /tai-khoan. Refuses an unknown province (it never creates one) and an email already in use.
import { hashPassword } from "@/lib/auth/password-hash";
import { db } from "@/lib/db";
import { writeAudit } from "@/lib/server/audit";
import { generateTemporaryPassword } from "./password";
import { emailField } from "./schema";

export class CreateAdminError extends Error {}

export type CreatedAdmin = { userId: string; email: string; province: string; temporaryPassword: string };

export async function createProvinceAdmin(input: {
  email: string;
  province: string;
  name?: string;
}): Promise<CreatedAdmin> {
  const email = emailField.safeParse(input.email);
  if (!email.success) throw new CreateAdminError(`Email «${input.email}» chưa đúng định dạng.`);
  const wanted = input.province.normalize("NFC").trim();
  const province = await db.province.findFirst({
    where: {
      OR: [{ name: { equals: wanted, mode: "insensitive" } }, { code: { equals: wanted, mode: "insensitive" } }],
    },
  });
  if (!province) {
    const known = (await db.province.findMany({ select: { name: true }, orderBy: { name: "asc" } })).map((p) => p.name);
    throw new CreateAdminError(
      `Không tìm thấy tỉnh «${wanted}». Các tỉnh đã có: ${known.join(", ") || "(chưa có; hãy chạy seed)"}.`,
    );
  }
  if (await db.user.findUnique({ where: { email: email.data } }))
    throw new CreateAdminError(`Email ${email.data} đã có tài khoản.`);
  const temporaryPassword = generateTemporaryPassword();
  const passwordHash = await hashPassword(temporaryPassword);
  const user = await db.$transaction(async (tx) => {
    const homeAffairs = await tx.agency.findFirst({
      where: { provinceId: province.id, name: "Sở Nội vụ", active: true },
      select: { id: true },
    });
    const created = await tx.user.create({
      data: {
        provinceId: province.id,
        email: email.data,
        name: input.name?.trim() || "Quản trị Sở Nội vụ",
        role: "HOME_AFFAIRS",
        agencyId: homeAffairs?.id ?? null,
        passwordHash,
      },
    });
    await writeAudit(tx, { provinceId: province.id, userId: null }, [
      {
        action: "user.create",
        entity: "User",
        entityId: created.id,
        agencyId: created.agencyId,
        after: { email: created.email, role: created.role, via: "user:create-admin" },
      },
    ]);
    return created;
  });
  return { userId: user.id, email: user.email, province: province.name, temporaryPassword };
}
