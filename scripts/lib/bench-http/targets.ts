// What bench:http loads, and as whom: the users of one synthetic province of a db:seed:scale database (its
// Sở Nội vụ, its leadership, the staff of its largest and of a typical agency) and the pages of the issue.
import type pg from "pg";
import { scaleAccounts } from "../scale-summary";
import type { Target } from "./measure";
import { signIn } from "./session";

/** An address no route answers: its 404 page is the one page Next serves prerendered (app/not-found.tsx). */
export const STATIC_PAGE_PATH = "/trang-khong-co-that";

type Ids = {
  taskId: string;
  criterionCode: string;
  periodKey: string | null;
  writeTasks: { id: string; version: number }[];
};

async function pickIds(client: pg.Client, provinceCode: string, staffEmail: string, writes: number): Promise<Ids> {
  const plan = await client.query<{ id: string }>(
    `SELECT pl.id FROM "Plan" pl JOIN "Province" p ON p.id = pl."provinceId" WHERE p.code = $1
     ORDER BY pl."issuedOn" DESC LIMIT 1`,
    [provinceCode],
  );
  const planId = plan.rows[0]?.id;
  if (!planId) throw new Error(`Tỉnh ${provinceCode} chưa có kế hoạch.`);
  const tasks = await client.query<{ id: string; version: number; code: string }>(
    `SELECT t.id, t.version, c.code FROM "Task" t JOIN "User" u ON u."agencyId" = t."agencyId"
     LEFT JOIN "Criterion" c ON c.id = t."criterionId"
     WHERE t."planId" = $1 AND u.email = $2 AND t.status IN ('NOT_STARTED', 'IN_PROGRESS', 'RETURNED')
     ORDER BY t.id LIMIT $3`, // open tasks: an accepted one takes no comment from its agency (422)
    [planId, staffEmail, writes + 1],
  );
  const [first, ...rest] = tasks.rows;
  if (!first || rest.length === 0) throw new Error("Cơ quan lớn nhất không có nhiệm vụ trong kế hoạch mới nhất.");
  const period = await client.query<{ key: string }>(
    `SELECT key FROM "ReportingPeriod" WHERE "planId" = $1 AND "startsOn" <= now() ORDER BY "startsOn" DESC LIMIT 1`,
    [planId],
  );
  return {
    taskId: first.id,
    criterionCode: first.code,
    periodKey: period.rows[0]?.key ?? null,
    writeTasks: rest.map((t) => ({ id: t.id, version: t.version })),
  };
}

export async function benchTargets(
  client: pg.Client,
  baseUrl: string,
  connections: number,
): Promise<{ targets: Target[]; accounts: string[] }> {
  const accounts = await scaleAccounts(client);
  if (!accounts)
    throw new Error(
      "Không thấy tỉnh thử nghiệm: hãy chạy `npm run db:seed:scale` vào DATABASE_URL trước (hoặc dùng --quick).",
    );
  const ids = await pickIds(client, accounts.provinceCode, accounts.largeAgency.staff, connections);
  const [large, typical, homeAffairs, leader] = await Promise.all(
    [accounts.largeAgency.staff, accounts.typicalAgency.staff, accounts.homeAffairs, accounts.leadership].map((e) =>
      signIn(baseUrl, e),
    ),
  );
  const as = (cookie: string | undefined) => cookie ?? "";
  const targets: Target[] = [
    // The relative budget's floor is the issue's: a static page. The sign-in page was one when the issue measured
    // it; since the per-request CSP nonce every page is rendered per request but the 404 page an unknown address
    // gets, which Next still serves from the build's prerendered pages, through the same server. The sign-in page,
    // the smallest page rendered per request, is measured beside it for comparison, and a static file too.
    { name: "/icon.svg (tệp tĩnh, để so sánh)", path: "/icon.svg", cookie: null, budget: "none" },
    { name: "404 dựng sẵn (trang tĩnh, mức sàn)", path: STATIC_PAGE_PATH, cookie: null, budget: "floor", status: 404 },
    { name: "/dang-nhap (trang nhỏ nhất dựng theo yêu cầu)", path: "/dang-nhap", cookie: null, budget: "signin" },
    {
      name: `/nhiem-vu cơ quan lớn (${accounts.largeAgency.tasks} nv)`,
      path: "/nhiem-vu",
      cookie: as(large),
      budget: "html",
    },
    {
      name: `/nhiem-vu cơ quan điển hình (${accounts.typicalAgency.tasks} nv)`,
      path: "/nhiem-vu",
      cookie: as(typical),
      budget: "html",
    },
    { name: "/nhiem-vu/[id] trang nhiệm vụ", path: `/nhiem-vu/${ids.taskId}`, cookie: as(large), budget: "page" },
    { name: "/duyet hàng chờ duyệt", path: "/duyet", cookie: as(homeAffairs), budget: "page" },
    { name: "/tien-do tổng quan", path: "/tien-do", cookie: as(homeAffairs), budget: "page" },
    { name: "/bang-dieu-khien lãnh đạo", path: "/bang-dieu-khien", cookie: as(leader), budget: "html" },
    {
      name: "/tieu-chi/[mã] tiêu chí",
      path: `/tieu-chi/${encodeURIComponent(ids.criterionCode)}`,
      cookie: as(homeAffairs),
      budget: "none",
    },
    { name: "/ke-hoach kế hoạch", path: "/ke-hoach", cookie: as(homeAffairs), budget: "none" },
    { name: "/bao-cao báo cáo", path: "/bao-cao", cookie: as(homeAffairs), budget: "none" },
    ...(ids.periodKey
      ? [
          {
            name: `/bao-cao/${ids.periodKey} báo cáo kỳ`,
            path: `/bao-cao/${encodeURIComponent(ids.periodKey)}`,
            cookie: as(homeAffairs),
            budget: "none" as const,
          },
        ]
      : []),
    {
      name: "PATCH /api/tasks/[id] cập nhật (ghi)",
      path: "/api/tasks",
      cookie: as(large),
      budget: "write",
      write: { tasks: ids.writeTasks, acknowledged: [] },
    },
  ];
  return {
    targets,
    accounts: [accounts.largeAgency.staff, accounts.typicalAgency.staff, accounts.homeAffairs, accounts.leadership],
  };
}
