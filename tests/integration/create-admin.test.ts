// `npm run user:create-admin -- --email … --province …`, run as the command a deployment runs.
import { execFile } from "node:child_process";
import { randomUUID } from "node:crypto";
import { promisify } from "node:util";
import { beforeAll, describe, expect, it } from "vitest";
import { verifyCredentials } from "@/lib/auth/credentials";
import { db } from "@/lib/db";

const exec = promisify(execFile);
const t = randomUUID().slice(0, 8);
const provinceName = `Tỉnh quản trị đầu tiên ${t}`;

async function cli(...args: string[]) {
  try {
    const { stdout, stderr } = await exec("npm", ["run", "--silent", "user:create-admin", "--", ...args], {
      env: process.env,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

beforeAll(async () => {
  await db.province.create({ data: { code: `qt-${t}`, name: provinceName } });
});

describe("user:create-admin", () => {
  it("creates a Sở Nội vụ account whose printed temporary password signs in", async () => {
    const email = `quan.tri.${t}@tinh.gov.vn`;
    const run = await cli("--email", email, "--province", provinceName.toUpperCase());
    expect(run.code).toBe(0);
    const password = /Mật khẩu tạm \(chỉ hiện một lần\): (\S+)/.exec(run.stdout)?.[1];
    expect(password).toBeTruthy();
    const user = await verifyCredentials(email, password!, "10.60.0.1", { allowDemo: false });
    expect(user).toMatchObject({ role: "HOME_AFFAIRS", email });
    expect((await db.user.findUniqueOrThrow({ where: { email } })).demo).toBe(false);
  }, 60_000);

  it("refuses an unknown province (never creates one) and a taken email, saying why", async () => {
    const unknown = await cli("--email", `x.${t}@tinh.gov.vn`, "--province", "Tỉnh không có");
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toMatch(/Không tìm thấy tỉnh «Tỉnh không có»/);
    expect(await db.province.count({ where: { name: "Tỉnh không có" } })).toBe(0);
    const taken = await cli("--email", `quan.tri.${t}@tinh.gov.vn`, "--province", provinceName);
    expect(taken.code).toBe(1);
    expect(taken.stderr).toMatch(/đã có tài khoản/);
    const missing = await cli("--email", "a@b.vn");
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/Cách dùng: npm run user:create-admin/);
  }, 60_000);
});
