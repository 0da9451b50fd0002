// npm run user:create-admin -- --email <email> --province <tên hoặc mã tỉnh> [--name "Họ và tên"]
// (react-server condition: lib modules marked "server-only" load in this server-side script.)
// Creates a Sở Nội vụ (HOME_AFFAIRS) account and prints its temporary password once. Exit code 1 on any error.
import { parseArgs } from "node:util";

const USAGE = 'Cách dùng: npm run user:create-admin -- --email <email> --province "<tên tỉnh>" [--name "Họ và tên"]';

async function main(): Promise<void> {
  const { values } = parseArgs({
    args: process.argv.slice(2),
    options: {
      email: { type: "string" },
      province: { type: "string" },
      name: { type: "string" },
      help: { type: "boolean", short: "h" },
    },
  });
  if (values.help || !values.email || !values.province) {
    console.error(USAGE);
    process.exit(values.help ? 0 : 1);
  }
  const { createProvinceAdmin, CreateAdminError } = await import("@/lib/users/create-admin");
  const { db } = await import("@/lib/db");
  try {
    const admin = await createProvinceAdmin({ email: values.email, province: values.province, name: values.name });
    console.log(`Đã tạo tài khoản Sở Nội vụ ${admin.email} (tỉnh ${admin.province}).`);
    console.log(`Mật khẩu tạm (chỉ hiện một lần): ${admin.temporaryPassword}`);
    console.log("Hãy đăng nhập rồi đổi mật khẩu ở trang «Tài khoản của tôi» (/tai-khoan).");
  } catch (error) {
    if (!(error instanceof CreateAdminError)) throw error;
    console.error(`✖ ${error.message}`);
    process.exitCode = 1;
  } finally {
    await db.$disconnect();
  }
}

main().catch((error) => {
  console.error(`✖ ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
