// The download routes check on the server who may read what: another agency's board, another province's
// agency, the consolidated report for agency users, a malformed format or period. And what they send is right:
// a CSV starts with the UTF-8 BOM and reads back in Vietnamese; an XLSX of a board is a workbook; the PDF carries
// the number and the signer's title given in the query.
import { execFile } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

vi.mock("@/lib/auth/session", () => import("./tasks-session-mock"));

import { GET as consolidated } from "@/app/api/xuat/bao-cao-tong-hop/route";
import { GET as matrix } from "@/app/api/xuat/ma-tran/route";
import { GET as auditLog } from "@/app/api/xuat/nhat-ky/route";
import { GET as tasks } from "@/app/api/xuat/nhiem-vu/route";
import { db } from "@/lib/db";
import { createDefaultCalendar } from "@/lib/reports/calendar";
import { buildTaskWorld, day, makeTask, type TaskWorld } from "./tasks-fixtures";
import { signInAs } from "./tasks-session-mock";

let w: TaskWorld;
let other: TaskWorld;
const req = (path: string) => new Request(`http://localhost${path}`);

beforeAll(async () => {
  w = await buildTaskWorld();
  other = await buildTaskWorld();
  await makeTask(w, {
    agencyId: w.agencies.finance.id,
    status: "IN_PROGRESS",
    progress: 30,
    dueOn: day("2026-12-31"),
    title: "Rà soát thủ tục, “ưu tiên” số hoá",
  });
  await makeTask(w, {
    agencyId: w.agencies.health.id,
    supporters: [w.agencies.finance.id],
    title: "Khảo sát sự hài lòng",
  });
  await makeTask(w, { agencyId: w.agencies.district.id, title: "Nhiệm vụ của huyện" });
  await db.$transaction((tx) => createDefaultCalendar(tx, w.plan.id, 2026));
});

afterAll(() => signInAs(null));

describe("download routes", () => {
  it("refuse without a session", async () => {
    signInAs(null);
    expect((await tasks(req("/api/xuat/nhiem-vu?dinh-dang=csv"))).status).toBe(401);
    expect((await consolidated(req("/api/xuat/bao-cao-tong-hop?ky=2026-Q3&dinh-dang=docx"))).status).toBe(401);
  });

  it("an agency downloads its own board (lead and supporting tasks) as CSV with a BOM, not another agency's", async () => {
    signInAs(w.users.financeStaff);
    const own = await tasks(req(`/api/xuat/nhiem-vu?dinh-dang=csv&co-quan=${w.agencies.finance.id}`));
    expect(own.status).toBe(200);
    expect(own.headers.get("content-type")).toContain("text/csv");
    const bytes = new Uint8Array(await own.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes.subarray(3));
    expect(text.split("\n")[0]).toBe(
      "Tiêu chí,Nhiệm vụ,Cơ quan chủ trì,Vai trò của cơ quan,Trạng thái,Tiến độ (%),Hạn của chu kỳ,Quá hạn,Cập nhật lúc",
    );
    expect(text).toContain('"Rà soát thủ tục, “ưu tiên” số hoá",Sở Tài chính,Chủ trì,Đang thực hiện,30,2026-12-31');
    expect(text).toContain("Khảo sát sự hài lòng,Sở Y tế,Phối hợp");
    expect(text).not.toContain("Nhiệm vụ của huyện");

    expect((await tasks(req(`/api/xuat/nhiem-vu?dinh-dang=csv&co-quan=${w.agencies.district.id}`))).status).toBe(403);
    expect((await tasks(req(`/api/xuat/nhiem-vu?dinh-dang=csv&co-quan=${other.agencies.finance.id}`))).status).toBe(
      404,
    );
    expect((await tasks(req("/api/xuat/nhiem-vu?dinh-dang=csv"))).status).toBe(403); // the province's list
    expect((await auditLog(req("/api/xuat/nhat-ky?dinh-dang=csv"))).status).toBe(403);
    const refused = await consolidated(req("/api/xuat/bao-cao-tong-hop?ky=2026-Q3&dinh-dang=docx"));
    expect(refused.status).toBe(403);
    expect((await refused.json()).error).toBe("Bạn không có quyền thực hiện thao tác này.");
  });

  it("Sở Nội vụ downloads the province's task list as XLSX, only its own province's tasks", async () => {
    await makeTask(other, { agencyId: other.agencies.finance.id, title: "Nhiệm vụ của tỉnh khác" });
    signInAs(w.users.homeAffairs);
    const res = await tasks(req("/api/xuat/nhiem-vu?dinh-dang=xlsx"));
    expect(res.status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await res.arrayBuffer());
    const values = workbook.worksheets[0]!.getSheetValues().slice(4).filter(Boolean) as ExcelJS.CellValue[][];
    expect(values.map((r) => r[2]).sort()).toEqual([
      "Khảo sát sự hài lòng",
      "Nhiệm vụ của huyện",
      "Rà soát thủ tục, “ưu tiên” số hoá",
    ]);
    expect(values.find((r) => r[3] === "Sở Tài chính")![6]).toBe(30);
  });

  it("leadership reads the consolidated report and the matrix; bad format and unknown period are refused in Vietnamese", async () => {
    signInAs(w.users.leader);
    const ok = await matrix(req("/api/xuat/ma-tran?ky=2026-Q3&dinh-dang=csv"));
    expect(ok.status).toBe(200);
    const csv = await ok.text();
    expect(csv).toContain("Sở Tài chính,Có,Chưa bắt đầu,Quá hạn");
    const bad = await consolidated(req("/api/xuat/bao-cao-tong-hop?ky=2026-Q3&dinh-dang=exe"));
    expect(bad.status).toBe(422);
    expect((await bad.json()).error).toBe("Định dạng tải về không hợp lệ: chọn docx, pdf, xlsx.");
    const unknown = await consolidated(req("/api/xuat/bao-cao-tong-hop?ky=2031-Q1&dinh-dang=xlsx"));
    expect(unknown.status).toBe(404);
    expect((await unknown.json()).error).toContain("không có kỳ 2031-Q1");
    const docx = await consolidated(req("/api/xuat/bao-cao-tong-hop?ky=2026-Q3&dinh-dang=docx&so=12%2FBC-SNV"));
    expect(docx.status).toBe(200);
    expect(docx.headers.get("content-disposition")).toMatch(
      /^attachment; filename="bao-cao-tong-hop-.*-2026-Q3\.docx"$/,
    );
    expect(
      Buffer.from(await docx.arrayBuffer())
        .subarray(0, 2)
        .toString(),
    ).toBe("PK");
    const pdf = await consolidated(
      req("/api/xuat/bao-cao-tong-hop?ky=2026-Q3&dinh-dang=pdf&so=12%2FBC-SNV&chuc-vu=Gi%C3%A1m%20%C4%91%E1%BB%91c"),
    );
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get("content-type")).toBe("application/pdf");
    const file = path.join(os.tmpdir(), `par-route-${process.pid}.pdf`);
    fs.writeFileSync(file, Buffer.from(await pdf.arrayBuffer()));
    try {
      const text = (await promisify(execFile)("pdftotext", [file, "-"])).stdout;
      expect(text).toContain("Số: 12/BC-SNV");
      expect(text).toContain("GIÁM ĐỐC");
      expect(text).toContain("(Kèm theo Báo cáo số 12/BC-SNV của Sở Nội vụ)");
    } finally {
      fs.rmSync(file, { force: true });
    }
  });
});
