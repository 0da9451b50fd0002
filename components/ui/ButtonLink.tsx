import { buttonClass, type Look } from "@/components/ui/Button";
import { Link, type LinkProps } from "@/components/ui/Link";

/** A link that looks like a button (a page to go to, not an action to run). */
export function ButtonLink({ variant, size, className, ...props }: LinkProps & Look) {
  return <Link className={buttonClass(variant, size, `inline-block ${className ?? ""}`)} {...props} />;
}
