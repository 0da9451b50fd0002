// The buttons of every screen: one look a variant, as a <button> (here) or as a link that looks like one
// (ButtonLink.tsx, apart so that a client component with a button does not bring next/link into its chunk). Server
// and client components alike can use them (no client state here).
import type { ButtonHTMLAttributes } from "react";

/**
 * primary: the one main action of a form; secondary: a quiet action (filter, preview, undo); danger: the action
 * that sends something back or refuses it (return a task, save as draft instead of sending); good: approve.
 */
export type ButtonVariant = "primary" | "secondary" | "danger" | "good";
/** md: a form's submit; sm: a button inside a list row or a card. */
export type ButtonSize = "md" | "sm";

const VARIANTS: Record<ButtonVariant, string> = {
  primary: "font-semibold bg-brand-700 text-white hover:bg-brand-800",
  secondary: "font-medium border border-slate-400 bg-white text-slate-800 hover:bg-slate-100",
  danger: "font-semibold border border-brand-700 bg-white text-brand-700 hover:bg-brand-50",
  good: "font-semibold bg-emerald-700 text-white hover:bg-emerald-800",
};

const SIZES: Record<ButtonSize, string> = { md: "px-4 py-2", sm: "px-3 py-1.5" };

/** The class string of a button; for the rare control that is neither a <button> nor a link (a file label). */
export function buttonClass(variant: ButtonVariant = "primary", size?: ButtonSize, extra = "") {
  const padding = SIZES[size ?? (variant === "secondary" ? "sm" : "md")];
  return `rounded-md ${padding} text-sm ${VARIANTS[variant]} disabled:opacity-60 ${extra}`.trim();
}

export type Look = { variant?: ButtonVariant; size?: ButtonSize };

/** A <button>; `type` defaults to "submit" as in HTML, say "button" for one that only runs a handler. */
export function Button({
  variant,
  size,
  className,
  type = "submit",
  ...props
}: ButtonHTMLAttributes<HTMLButtonElement> & Look) {
  return <button type={type} className={buttonClass(variant, size, className)} {...props} />;
}
