// Demo accounts for a local try-out (`npm start`). Seeded with `demo: true`, refused unless ALLOW_DEMO_ACCOUNTS=1
// is set explicitly, in every mode (npm start sets it only when it runs its own embedded database).
import type { Role } from "@/lib/auth/permissions";
import { env } from "@/lib/env";

/** Demo accounts only when explicitly allowed; never by default (the guard fails closed). */
export function demoAccountsAllowed(e: Pick<typeof env, "ALLOW_DEMO_ACCOUNTS"> = env): boolean {
  return e.ALLOW_DEMO_ACCOUNTS === "1";
}

export const DEMO_PASSWORD = "ChiSoCCHC@2021";

export type DemoAccount = { email: string; name: string; role: Role; agencyName: string | null; note: string };

export const DEMO_ACCOUNTS: DemoAccount[] = [
  {
    email: "sonoivu@demo.par.vn",
    name: "Chuyên viên Sở Nội vụ (dùng thử)",
    role: "HOME_AFFAIRS",
    agencyName: "Sở Nội vụ",
    note: "Quản trị, duyệt nhiệm vụ",
  },
  {
    email: "lanhdao@demo.par.vn",
    name: "Lãnh đạo UBND tỉnh (dùng thử)",
    role: "LEADERSHIP",
    agencyName: null,
    note: "Chỉ xem",
  },
  {
    email: "taichinh@demo.par.vn",
    name: "Giám đốc Sở Tài chính (dùng thử)",
    role: "AGENCY_HEAD",
    agencyName: "Sở Tài chính",
    note: "Cập nhật nhiệm vụ của Sở",
  },
  {
    email: "canbo.taichinh@demo.par.vn",
    name: "Cán bộ Sở Tài chính (dùng thử)",
    role: "AGENCY_STAFF",
    agencyName: "Sở Tài chính",
    note: "Cập nhật nhiệm vụ của Sở",
  },
  {
    email: "bonoivu@demo.par.vn",
    name: "Quản trị Bộ Chỉ số CCHC (dùng thử)",
    role: "NATIONAL_ADMIN",
    agencyName: null,
    note: "Nhập, sửa bộ chỉ số quốc gia theo năm",
  },
  {
    email: "ductrong@demo.par.vn",
    name: "Chủ tịch UBND huyện Đức Trọng (dùng thử)",
    role: "AGENCY_HEAD",
    agencyName: "UBND huyện Đức Trọng",
    note: "Cập nhật nhiệm vụ của huyện",
  },
];
