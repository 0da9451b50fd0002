// Writes a static agency directory (lib/agencies/<province>.ts) into the database: upserts by canonical name,
// so running it again changes nothing, and agencies added later through the admin pages are left alone.
import type { Tx } from "@/lib/db";
import type { AgencyDirectory } from "./directory";

export async function syncDirectory(tx: Tx, provinceId: string, directory: AgencyDirectory): Promise<void> {
  const ids = new Map<string, string>();
  for (const a of directory.agencies) {
    const data = { kind: a.kind, aliases: a.aliases, shortName: a.shortName ?? null };
    const row = await tx.agency.upsert({
      where: { provinceId_name: { provinceId, name: a.name } },
      create: { provinceId, name: a.name, ...data },
      update: data,
      select: { id: true },
    });
    ids.set(a.name, row.id);
  }
  for (const a of directory.agencies) {
    if (!a.parentName) continue;
    const parentId = ids.get(a.parentName);
    if (!parentId) throw new Error(`Cơ quan cấp trên không có trong danh mục: ${a.parentName}`);
    await tx.agency.update({ where: { id: ids.get(a.name) }, data: { parentId } });
  }
  for (const g of directory.groups) {
    const group = await tx.agencyGroup.upsert({
      where: { provinceId_name: { provinceId, name: g.name } },
      create: { provinceId, name: g.name, aliases: g.aliases },
      update: { aliases: g.aliases },
      select: { id: true },
    });
    const members = g.members.map((name) => {
      const agencyId = ids.get(name);
      if (!agencyId) throw new Error(`Thành viên nhóm «${g.name}» không có trong danh mục: ${name}`);
      return { groupId: group.id, agencyId };
    });
    await tx.agencyGroupMember.createMany({ data: members, skipDuplicates: true });
  }
}
