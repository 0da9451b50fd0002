// The app's one link component: next/link (client-side navigation) with its automatic prefetch off.
// Every page here is rendered per request (the CSP nonce, the session) and only /tieu-chi/[code] has a
// loading.tsx, so a prefetch can bring the route's tree and nothing of the page, yet each link on screen asked the
// server for it: a board, the review queue or the overview made 22 to 28 such requests per view (measured with
// Chromium, 2,1–2,9 ms of the server's CPU each, against about 12 ms for the page itself). A link that has something
// to prefetch says so with `prefetch`. next/link is imported nowhere else (biome.json, noRestrictedImports).
import NextLink from "next/link";
import type { ComponentProps } from "react";

export type LinkProps = ComponentProps<typeof NextLink>;

export function Link({ prefetch = false, ...props }: LinkProps) {
  return <NextLink prefetch={prefetch} {...props} />;
}
