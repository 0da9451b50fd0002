// The class strings of the UI kit's form controls (buttons are in Button.tsx), for server and client components
// alike. Screens use these (or the components built on them) instead of writing the strings again.
export const inputClass =
  "mt-1 block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm shadow-sm focus:border-blue-600 aria-[invalid=true]:border-brand-600 disabled:bg-slate-100";
export const labelClass = "block text-sm font-medium text-slate-800";
