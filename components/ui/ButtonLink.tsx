import Link from "next/link";
import type { ComponentProps } from "react";
import { buttonClass, type Look } from "@/components/ui/Button";

/** A link that looks like a button (a page to go to, not an action to run). */
export function ButtonLink({ variant, size, className, ...props }: ComponentProps<typeof Link> & Look) {
  return <Link className={buttonClass(variant, size, `inline-block ${className ?? ""}`)} {...props} />;
}
