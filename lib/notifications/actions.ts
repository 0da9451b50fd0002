"use server";
// Server actions of the notifications page. Plain forms (they work without JavaScript); the result is shown
// through the query string on the page the user is sent back to.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getCurrentUser } from "@/lib/auth/session";
import { markNotificationsRead, setEmailNotifications } from "./mutations";

function back(form: FormData, flag: string): never {
  revalidatePath("/", "layout"); // the bell in the app shell shows the new unread count
  const page = String(form.get("trang") ?? "");
  const unread = form.get("chua-doc") === "1";
  const params = new URLSearchParams();
  if (/^\d{1,5}$/.test(page) && page !== "1") params.set("trang", page);
  if (unread) params.set("chua-doc", "1");
  params.set("kq", flag);
  redirect(`/thong-bao?${params}`);
}

export async function markReadAction(form: FormData): Promise<void> {
  const id = form.get("id");
  const result = await markNotificationsRead(await getCurrentUser(), typeof id === "string" && id ? { id } : {});
  back(form, result.ok ? "da-doc" : "loi");
}

/** Opens a notification: marks it read, then goes where it points (only paths inside the app). */
export async function openNotificationAction(form: FormData): Promise<void> {
  const id = String(form.get("id") ?? "");
  const href = String(form.get("href") ?? "");
  await markNotificationsRead(await getCurrentUser(), { id });
  revalidatePath("/", "layout");
  redirect(href.startsWith("/") && !href.startsWith("//") ? href : "/thong-bao");
}

export async function setEmailAction(form: FormData): Promise<void> {
  const result = await setEmailNotifications(await getCurrentUser(), {
    email: form.get("email") === "on" ? "on" : "off",
  });
  back(form, result.ok ? (result.data.on ? "email-bat" : "email-tat") : "loi");
}
