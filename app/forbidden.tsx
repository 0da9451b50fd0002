import { ForbiddenView } from "@/components/layout/BoundaryViews";

// Rendered with HTTP 403 wherever a page calls forbidden() (next.config.mjs: experimental.authInterrupts).
export default function Forbidden() {
  return <ForbiddenView />;
}
