import "server-only";
// Pages turn a refused read into the app's answers: unknown → 404, someone else's → the 403 page.
import { forbidden, notFound } from "next/navigation";
import type { Loaded } from "@/lib/tasks/data";

export function dataOrRefuse<T>(loaded: Loaded<T>): T {
  if (loaded.status === "not_found") notFound();
  if (loaded.status === "forbidden") forbidden();
  return loaded.data;
}
