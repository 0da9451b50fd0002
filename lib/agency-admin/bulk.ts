// Adding many agencies at once — typically a province's communes ("UBND xã Hiệp Thạnh; UBND huyện Đức Trọng"),
// pasted from a list. Pure: the page's form and the mutation share the parsing; names are checked against the
// province's existing spellings (and against each other) with the same folded comparison the importer uses.
import { foldKey, normalizeText } from "@/lib/text/vietnamese";
import { type NameOwner, nameCollisions } from "./names";

export type BulkLine = { line: number; name: string; parentName: string | null };
export type ParentRef = { id: string; name: string; aliases: string[]; kind: string };
export type BulkPlan = { rows: { name: string; parentId: string | null }[]; errors: string[] };

export const BULK_MAX_LINES = 300;

export function parseBulkLines(text: string): { lines: BulkLine[]; errors: string[] } {
  const lines: BulkLine[] = [];
  const errors: string[] = [];
  const raw = text.normalize("NFC").split(/\r?\n/);
  if (raw.filter((l) => l.trim()).length > BULK_MAX_LINES)
    return { lines, errors: [`Tối đa ${BULK_MAX_LINES} dòng mỗi lần.`] };
  raw.forEach((value, index) => {
    if (!value.trim()) return;
    const [name = "", parent = "", ...rest] = value.split(/[;\t|]/).map(normalizeText);
    if (rest.some((r) => r))
      return void errors.push(`Dòng ${index + 1}: chỉ gồm tên đơn vị và đơn vị cấp trên, cách nhau bởi dấu «;».`);
    if (name.length < 2) return void errors.push(`Dòng ${index + 1}: thiếu tên đơn vị.`);
    lines.push({ line: index + 1, name, parentName: parent || null });
  });
  if (lines.length === 0 && errors.length === 0)
    errors.push("Chưa có dòng nào: mỗi dòng một đơn vị, dạng «UBND xã Hiệp Thạnh; UBND huyện Đức Trọng».");
  return { lines, errors };
}

/** Resolves parents and checks every name; any error means nothing should be written. */
export function planBulkCreate(lines: BulkLine[], kind: string, owners: NameOwner[], parents: ParentRef[]): BulkPlan {
  const errors: string[] = [];
  const rows: BulkPlan["rows"] = [];
  const batch: NameOwner[] = [];
  for (const l of lines) {
    const clash = nameCollisions({ kind: "agency", id: null, name: l.name, aliases: [] }, [...owners, ...batch]).name;
    if (clash) errors.push(`Dòng ${l.line}: ${clash.join(" ")}`);
    const parent = l.parentName ? findParent(l.parentName, parents) : null;
    if (l.parentName && !parent) errors.push(`Dòng ${l.line}: không tìm thấy đơn vị cấp trên «${l.parentName}».`);
    if (kind === "COMMUNE" && !l.parentName)
      errors.push(`Dòng ${l.line}: UBND cấp xã cần ghi UBND cấp huyện quản lý (sau dấu «;»).`);
    if (kind === "COMMUNE" && parent && parent.kind !== "DISTRICT")
      errors.push(`Dòng ${l.line}: «${parent.name}» không phải UBND cấp huyện.`);
    batch.push({ kind: "agency", id: `new-${l.line}`, name: l.name, aliases: [], active: true });
    rows.push({ name: l.name, parentId: parent?.id ?? null });
  }
  return { rows, errors };
}

function findParent(written: string, parents: ParentRef[]): ParentRef | null {
  const key = foldKey(written);
  const hits = parents.filter((p) => [p.name, ...p.aliases].some((s) => foldKey(s) === key));
  return hits.length === 1 ? (hits[0] ?? null) : null;
}
