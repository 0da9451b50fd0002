// The "← …" link at the top of a page that leads back to the page it belongs under.
import type { ReactNode } from "react";
import { Link } from "@/components/ui/Link";

export function BackLink({ href, children }: { href: string; children: ReactNode }) {
  return (
    <p>
      <Link className="text-brand-700 underline" href={href}>
        ← {children}
      </Link>
    </p>
  );
}
