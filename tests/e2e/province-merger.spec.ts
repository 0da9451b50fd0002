// Issue 11, provinces: the national administrator previews a merger of a fictitious province (made here, with a
// plan and two open tasks) into Lâm Đồng, closes one task with a reason and carries the other, applies it; Lâm
// Đồng's Sở Nội vụ then sees the predecessor's plan as history and its year on the dashboard, labelled.
import { expect, test } from "@playwright/test";
import { ACCOUNTS, expectNoSeriousAxeIssues, screenshot, signIn, withDb } from "./helpers";

const NAME = "Núi Thử"; // fictitious
const LABEL = `${NAME} (trước 01/07/2025)`;

test.beforeAll(async () => {
  await withDb(async (c) => {
    await c.query(`insert into "Province" (id, code, name) values ('e2e-mp', 'e2e-thu-sap-nhap', $1)`, [NAME]);
    await c.query(
      `insert into "Agency" (id, "provinceId", name, kind, aliases, "updatedAt")
       values ('e2e-mp-tc', 'e2e-mp', 'Sở Tài chính', 'DEPARTMENT', '{}', now())`,
    );
    // A plan answers a scored result; this one is scored against the province's own (empty) criteria list.
    await c.query(
      `insert into "Framework" (id, year, "provinceId", partial, title) values ('e2e-mp-fw', 2024, 'e2e-mp', true, 'Thử')`,
    );
    await c.query(
      `insert into "Assessment" (id, "provinceId", "frameworkId", year, "totalScore")
       values ('e2e-mp-as', 'e2e-mp', 'e2e-mp-fw', 2024, 80.5)`,
    );
    await c.query(
      `insert into "Plan" (id, "provinceId", "assessmentId", number, "issuedOn", title, "sourceFileName", "sourceText",
         "sourceSha256", "updatedAt")
       values ('e2e-mp-pl', 'e2e-mp', 'e2e-mp-as', '1/KH-THU', '2025-01-15', 'Kế hoạch thử', 'x.txt', '', $1, now())`,
      ["0".repeat(64)],
    );
    for (const [id, title, status, progress] of [
      ["e2e-mp-t1", "Rà soát thủ tục hành chính (thử)", "NOT_STARTED", 0],
      ["e2e-mp-t2", "Công khai kết quả giải quyết hồ sơ (thử)", "IN_PROGRESS", 30],
    ] as const) {
      await c.query(
        `insert into "Task" (id, "planId", source, "sourceRef", "agencyId", title, status, progress, "updatedAt")
         values ($1, 'e2e-mp-pl', 'DUTY', $1, 'e2e-mp-tc', $2, $3, $4, now())`,
        [id, title, status, progress],
      );
    }
  });
});

test("the national administrator merges a province into Lâm Đồng; Lâm Đồng sees its history", async ({ page }) => {
  await signIn(page, "bonoivu@demo.par.vn");
  await page.getByRole("link", { name: "Sáp nhập tỉnh" }).click();
  await expect(page.getByRole("heading", { name: "Sáp nhập tỉnh", level: 1 })).toBeVisible();
  await page.getByRole("checkbox", { name: NAME }).check();
  await page.getByLabel("Tỉnh kế thừa (tỉnh có sẵn)").selectOption({ label: "Lâm Đồng" });
  await page.getByLabel("Ngày hiệu lực").fill("2025-07-01");
  await page.getByLabel("Văn bản quyết định").fill("Nghị quyết thử số 1/NQ-THU");
  await page.getByRole("button", { name: "Xem trước" }).click();
  const preview = page.getByTestId("merger-preview");
  await expect(preview.getByTestId("merger-task")).toHaveCount(2);
  const closing = preview.getByTestId("merger-task").filter({ hasText: "Công khai kết quả" });
  await closing.getByRole("radio", { name: "Không còn áp dụng" }).check();
  await preview.getByRole("button", { name: "Áp dụng sáp nhập" }).click();
  await expect(closing.getByText("Nhập lý do đóng nhiệm vụ")).toBeVisible();
  await screenshot(page, "province-merger-preview");
  await expectNoSeriousAxeIssues(page);
  await closing.getByLabel("Lý do không còn áp dụng").fill("Đã thực hiện chung ở tỉnh kế thừa");
  await preview.getByRole("button", { name: "Áp dụng sáp nhập" }).click();
  await expect(page.getByTestId("merger-done")).toContainText(`Đã sáp nhập ${NAME} vào tỉnh Lâm Đồng`);
  await expect(page.getByTestId("merger-table")).toContainText(`${LABEL}: chuyển 1 nhiệm vụ, đóng 1`);
  await screenshot(page, "province-merger-applied");

  await page.context().clearCookies();
  await signIn(page, ACCOUNTS.homeAffairs);
  await page.goto("/ke-hoach");
  const history = page.getByTestId("province-history");
  await expect(history).toContainText(LABEL);
  await history.getByRole("link", { name: "1/KH-THU" }).click();
  await expect(page.getByTestId("history-banner")).toContainText(LABEL);
  await expect(page.getByTestId("history-tasks")).toContainText("Đã chuyển sang kế hoạch của tỉnh Lâm Đồng");
  await expect(page.getByTestId("history-tasks")).toContainText("Không còn áp dụng");
  await screenshot(page, "province-merger-history-plan");
  await expectNoSeriousAxeIssues(page);
  await page.goto("/nhiem-vu/e2e-mp-t1");
  await expect(page.getByTestId("task-carried-from")).toContainText(`1/KH-THU, ${LABEL}`);
  await page.goto("/bang-dieu-khien");
  await expect(page.getByTestId("years-summary")).toContainText(`2024, ${LABEL}: 80,50`);
  await screenshot(page, "province-merger-dashboard");
});
