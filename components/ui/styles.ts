// The class strings of the UI kit: form controls and buttons, for server and client components alike. Screens
// use these (or the components built on them) instead of writing the strings again.
export const inputClass =
  "mt-1 block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm shadow-sm focus:border-blue-600 aria-[invalid=true]:border-brand-600 disabled:bg-slate-100";
export const labelClass = "block text-sm font-medium text-slate-800";
export const primaryButton =
  "rounded-md bg-brand-700 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-800 disabled:opacity-60";
export const secondaryButton =
  "rounded-md border border-slate-400 bg-white px-3 py-1.5 text-sm font-medium text-slate-800 hover:bg-slate-100 disabled:opacity-60";
