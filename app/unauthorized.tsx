import { UnauthorizedView } from "@/components/layout/BoundaryViews";

// Rendered with HTTP 401 wherever a page calls unauthorized() (next.config.mjs: experimental.authInterrupts; pages
// send a signed-out reader to the sign-in page instead). Its own, so that the framework's English page is not what
// every page's payload carries.
export default function Unauthorized() {
  return <UnauthorizedView />;
}
