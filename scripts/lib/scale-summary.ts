// What a national-scale database holds, and who to sign in as: per synthetic province, Sở Nội vụ, the leadership,
// and the staff of its largest agency and of a typical one (the median task count). Used by db:seed:scale's
// closing report and by bench:http to pick its users.
import type pg from "pg";

export type ScaleAccounts = {
  provinceCode: string;
  homeAffairs: string;
  leadership: string;
  largeAgency: { staff: string; head: string; name: string; tasks: number };
  typicalAgency: { staff: string; name: string; tasks: number };
};

/** The accounts of one synthetic province ("thu-nghiem-01" by default); null when there is none. */
export async function scaleAccounts(client: pg.Client, code = "thu-nghiem-01"): Promise<ScaleAccounts | null> {
  const { rows } = await client.query<{ email: string; role: string; name: string; tasks: string }>(
    `WITH counts AS (
       SELECT a.id, a.name, count(t.id) AS tasks FROM "Agency" a JOIN "Province" p ON p.id = a."provinceId"
       LEFT JOIN "Task" t ON t."agencyId" = a.id WHERE p.code = $1 GROUP BY a.id, a.name)
     SELECT u.email, u.role::text, coalesce(c.name, '') AS name, coalesce(c.tasks, 0) AS tasks
     FROM "User" u JOIN "Province" p ON p.id = u."provinceId" LEFT JOIN counts c ON c.id = u."agencyId"
     WHERE p.code = $1 ORDER BY c.tasks DESC NULLS LAST, u.email`,
    [code],
  );
  const byRole = (role: string) => rows.filter((r) => r.role === role);
  const staff = byRole("AGENCY_STAFF");
  const large = staff[0];
  const typical = staff[Math.floor(staff.length / 2)];
  const head = byRole("AGENCY_HEAD").find((r) => r.name === large?.name);
  const homeAffairs = byRole("HOME_AFFAIRS")[0];
  const leadership = byRole("LEADERSHIP")[0];
  if (!large || !typical || !head || !homeAffairs || !leadership) return null;
  return {
    provinceCode: code,
    homeAffairs: homeAffairs.email,
    leadership: leadership.email,
    largeAgency: { staff: large.email, head: head.email, name: large.name, tasks: Number(large.tasks) },
    typicalAgency: { staff: typical.email, name: typical.name, tasks: Number(typical.tasks) },
  };
}

export async function printScaleSummary(client: pg.Client, url: string, quiet: boolean): Promise<void> {
  const { rows } = await client.query<Record<string, string>>(`
    SELECT (SELECT count(*) FROM "Province") AS "tỉnh", (SELECT count(*) FROM "Agency") AS "cơ quan",
           (SELECT count(*) FROM "Plan") AS "kế hoạch", (SELECT count(*) FROM "Task") AS "nhiệm vụ",
           (SELECT count(*) FROM "TaskCycle") AS "chu kỳ", (SELECT count(*) FROM "TaskUpdate") AS "cập nhật",
           (SELECT count(*) FROM "Evidence") AS "minh chứng", (SELECT count(*) FROM "AuditLog") AS "nhật ký",
           (SELECT count(*) FROM "User") AS "tài khoản"`);
  console.log(`\nCơ sở dữ liệu ${url}:`);
  console.log(
    Object.entries(rows[0] ?? {})
      .map(([k, v]) => `  ${k}: ${Number(v).toLocaleString("vi-VN")}`)
      .join("\n"),
  );
  if (quiet) return;
  console.log("\nTài khoản thử (mật khẩu như dữ liệu mẫu; chỉ đăng nhập được khi ALLOW_DEMO_ACCOUNTS=1):");
  for (const code of ["thu-nghiem-01", "thu-nghiem-02", "thu-nghiem-03"]) {
    const a = await scaleAccounts(client, code);
    if (!a) continue;
    console.log(`  ${code}: Sở Nội vụ ${a.homeAffairs}, lãnh đạo ${a.leadership}`);
    console.log(`    cơ quan lớn nhất ${a.largeAgency.name} (${a.largeAgency.tasks} nhiệm vụ): ${a.largeAgency.staff}`);
    console.log(
      `    cơ quan điển hình ${a.typicalAgency.name} (${a.typicalAgency.tasks} nhiệm vụ): ${a.typicalAgency.staff}`,
    );
  }
}
