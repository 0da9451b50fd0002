// The app's one link component: next/link (client-side navigation) with its automatic prefetch off.
// Every page here is rendered per request (the CSP nonce, the session) and only /tieu-chi/[code] has a
// loading.tsx, so a prefetch brings nothing the click would not fetch anyway, yet each link on screen asked the
// server for one: a board, the review queue, the overview or the reports page sent 24 to 45 requests per view, and
// a view cost the server 4,5 to 7,5 times the CPU it costs now (npm run bench:views, README). A link that has something
// to prefetch says so with `prefetch`. next/link is imported nowhere else (biome.jsonc, noRestrictedImports).
import NextLink from "next/link";
import type { ComponentProps } from "react";

export type LinkProps = ComponentProps<typeof NextLink>;

export function Link({ prefetch = false, ...props }: LinkProps) {
  return <NextLink prefetch={prefetch} {...props} />;
}
