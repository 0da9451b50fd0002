import "server-only";
// Reads of the national administrator's merger page: the provinces, the mergers applied, and a preview of a
// merger (what it would carry, close and move), computed by the same checks that apply it, changing nothing.
import { can, NO_PROVINCE } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { historyLabel } from "@/lib/provinces/history-label";
import { FORBIDDEN, type Loaded } from "@/lib/server/loaded";
import { MutationError, fieldErrors as zodFieldErrors } from "@/lib/server/mutation";
import { type OpenTask, resolveMerger } from "./resolve";
import { mergerSchema } from "./schema";

const NATIONAL_TARGET = { provinceId: NO_PROVINCE, national: true } as const;

export type ProvinceRow = {
  id: string;
  name: string;
  users: number;
  plans: number;
  /** "Lâm Đồng" when this province was merged into it */
  mergedInto: string | null;
  mergedOn: Date | null;
};
export type MergerRow = {
  id: string;
  successor: string;
  predecessors: { name: string; label: string; tasksCarried: number; tasksClosed: number; usersMoved: number }[];
  effectiveOn: Date;
  decision: string;
  appliedAt: Date;
  appliedBy: string | null;
};

export async function loadMergerAdmin(
  user: SessionUser,
): Promise<Loaded<{ provinces: ProvinceRow[]; mergers: MergerRow[] }>> {
  if (!can(user, "province.merge", NATIONAL_TARGET)) return FORBIDDEN;
  const [provinces, mergers] = await Promise.all([
    db.province.findMany({
      orderBy: { name: "asc" },
      select: {
        id: true,
        name: true,
        mergedOn: true,
        mergedInto: { select: { name: true } },
        _count: { select: { users: true, plans: true } },
      },
    }),
    db.provinceMerger.findMany({
      orderBy: { appliedAt: "desc" },
      include: { successor: { select: { name: true } }, appliedBy: { select: { name: true } }, predecessors: true },
    }),
  ]);
  return {
    status: "ok",
    data: {
      provinces: provinces.map((p) => ({
        id: p.id,
        name: p.name,
        users: p._count.users,
        plans: p._count.plans,
        mergedInto: p.mergedInto?.name ?? null,
        mergedOn: p.mergedOn,
      })),
      mergers: mergers.map((m) => ({
        id: m.id,
        successor: m.successor.name,
        predecessors: m.predecessors.map((p) => ({
          name: p.nameAtMerger,
          label: historyLabel({ name: p.nameAtMerger, mergedOn: m.effectiveOn }),
          tasksCarried: p.tasksCarried,
          tasksClosed: p.tasksClosed,
          usersMoved: p.usersMoved,
        })),
        effectiveOn: m.effectiveOn,
        decision: m.decision,
        appliedAt: m.appliedAt,
        appliedBy: m.appliedBy?.name ?? null,
      })),
    },
  };
}

export type MergerPreview = {
  input: {
    predecessorIds: string[];
    successorId: string;
    newSuccessorName: string;
    effectiveOn: string;
    decision: string;
  };
  successorName: string;
  successorIsNew: boolean;
  targetPlan: { id: string; number: string } | null;
  predecessors: { id: string; name: string; users: number; tasks: OpenTask[] }[];
};
export type PreviewAnswer = { ok: true; preview: MergerPreview } | { ok: false; fieldErrors: Record<string, string[]> };

/** The preview of the merger `raw` asks for (the form's fields), or why it cannot be applied. */
export async function loadMergerPreview(user: SessionUser, raw: unknown): Promise<Loaded<PreviewAnswer>> {
  if (!can(user, "province.merge", NATIONAL_TARGET)) return FORBIDDEN;
  const parsed = mergerSchema.safeParse(raw);
  if (!parsed.success) return { status: "ok", data: { ok: false, fieldErrors: zodFieldErrors(parsed.error) } };
  try {
    const resolved = await db.$transaction((tx) => resolveMerger(tx, parsed.data, false));
    const users = await db.user.groupBy({
      by: ["provinceId"],
      where: { provinceId: { in: parsed.data.predecessorIds } },
      _count: { _all: true },
    });
    const userCount = new Map(users.map((u) => [u.provinceId, u._count._all]));
    return {
      status: "ok",
      data: {
        ok: true,
        preview: {
          input: parsed.data,
          successorName: resolved.successor?.name ?? resolved.newName ?? "",
          successorIsNew: resolved.successor === null,
          targetPlan: resolved.targetPlan,
          predecessors: resolved.predecessors.map((p) => ({
            id: p.id,
            name: p.name,
            users: userCount.get(p.id) ?? 0,
            tasks: resolved.openTasks.filter((t) => t.provinceId === p.id),
          })),
        },
      },
    };
  } catch (error) {
    if (error instanceof MutationError && error.fieldErrors)
      return { status: "ok", data: { ok: false, fieldErrors: error.fieldErrors } };
    throw error;
  }
}
