import "server-only";
// Other provinces' published totals for one index year, entered by Sở Nội vụ so the dashboard can say what
// rank a projected score would have had. Goes through the one write path (session, zod, permission, audit).
import { z } from "zod";
import { defineMutation, MESSAGES, MutationError } from "@/lib/server/mutation";
import { parsePeerLines } from "./peer-lines";

export const peerScoresSchema = z.object({
  year: z
    .string()
    .trim()
    .regex(/^\d{4}$/, "Năm gồm 4 chữ số, ví dụ 2020.")
    .transform(Number)
    .refine((y) => y >= 2012 && y <= 2100, "Năm của Chỉ số CCHC phải từ 2012 trở đi."),
  lines: z.string().max(20_000, "Danh sách quá dài."),
});

type Outcome = { saved: number };

export const savePeerScoresMutation = defineMutation({
  action: "assessment.manage",
  schema: peerScoresSchema,
  load: async (tx, _input, user) => {
    const province = await tx.province.findUnique({ where: { id: user.provinceId }, select: { id: true, name: true } });
    return province ? { record: province, target: { provinceId: province.id } } : null;
  },
  run: async (tx, input, { record }) => {
    const { scores, errors } = parsePeerLines(input.lines, record.name);
    if (errors.length > 0) throw new MutationError("INVALID", MESSAGES.INVALID, undefined, { lines: errors });
    const source = `Nhập bởi Sở Nội vụ tỉnh ${record.name} từ kết quả công bố`;
    // The entering province's own reference data: no other province's record is read, written or created.
    for (const peer of scores) {
      const key = {
        ownerProvinceId_year_provinceName: {
          ownerProvinceId: record.id,
          year: input.year,
          provinceName: peer.provinceName,
        },
      };
      const data = { totalScore: peer.score, rank: peer.rank, source };
      await tx.peerScore.upsert({
        where: key,
        create: { ownerProvinceId: record.id, year: input.year, provinceName: peer.provinceName, ...data },
        update: data,
      });
    }
    const outcome: Outcome = { saved: scores.length };
    const audit = {
      action: "assessment.peers",
      entity: "PeerScores",
      entityId: String(input.year),
      after: { year: input.year, ...outcome, provinces: scores.map((s) => `${s.provinceName}: ${s.score}`) },
    };
    return { data: outcome, audit };
  },
});
