import type { Metadata } from "next";
import { NotFoundView } from "@/components/layout/BoundaryViews";

export const metadata: Metadata = { title: "Không tìm thấy trang" };

/** Any unknown address: Vietnamese, with links back (instead of the framework's English 404). */
export default function NotFound() {
  return <NotFoundView />;
}
