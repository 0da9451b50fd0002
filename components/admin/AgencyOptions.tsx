// <option>s of a province's agencies grouped by kind, for the parent, user-agency and member pickers; and of the
// agency kinds, for the add/edit forms.

import type { AgencyOption } from "@/lib/agency-admin/data";
import { AGENCY_KIND_LABELS, AGENCY_KINDS } from "@/lib/agency-admin/labels";

export function AgencyOptions({ agencies, exclude }: { agencies: AgencyOption[]; exclude?: string }) {
  return (
    <>
      {AGENCY_KINDS.map((kind) => {
        const options = agencies.filter((a) => a.kind === kind && a.id !== exclude);
        if (options.length === 0) return null;
        return (
          <optgroup key={kind} label={AGENCY_KIND_LABELS[kind]}>
            {options.map((a) => (
              <option key={a.id} value={a.id}>
                {a.name}
                {a.active ? "" : " (ngừng hoạt động)"}
              </option>
            ))}
          </optgroup>
        );
      })}
    </>
  );
}

/** One <option> per agency kind, in the kinds' order. */
export function AgencyKindOptions() {
  return AGENCY_KINDS.map((k) => (
    <option key={k} value={k}>
      {AGENCY_KIND_LABELS[k]}
    </option>
  ));
}
