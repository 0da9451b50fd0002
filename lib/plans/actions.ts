"use server";
// The server action behind the plan upload form: «Kiểm tra» previews the file, «Nhập» imports it; both go
// through the plan mutations (lib/plans/mutations.ts), which do every check.
import { revalidatePath } from "next/cache";
import { getCurrentUser } from "@/lib/auth/session";
import { importPlanMutation, previewPlanUpload } from "@/lib/plans/mutations";
import { type PlanUploadState, toUploadState } from "@/lib/plans/upload-state";

async function readForm(formData: FormData) {
  const file = formData.get("file");
  const bytes = file instanceof File ? new Uint8Array(await file.arrayBuffer()) : new Uint8Array();
  return {
    fileName: file instanceof File ? file.name : "",
    bytes,
    number: String(formData.get("number") ?? ""),
    issuedOn: String(formData.get("issuedOn") ?? ""),
    indexYear: String(formData.get("indexYear") ?? ""),
  };
}

export async function planUploadAction(_previous: PlanUploadState, formData: FormData): Promise<PlanUploadState> {
  const user = await getCurrentUser();
  const input = await readForm(formData);
  if (formData.get("intent") === "import") {
    const result = await importPlanMutation(user, input);
    if (result.ok) revalidatePath("/", "layout");
    return toUploadState("import", result);
  }
  return toUploadState("preview", await previewPlanUpload(user, input));
}
