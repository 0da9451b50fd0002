// The app server's Node options. Rendering a page allocates many short-lived objects (React elements, the RSC
// payload, HTML chunks); with V8's default young generation (16 MB semi-spaces) a large board or task page spent
// a measurable share of its CPU in scavenges. 64 MB semi-spaces cut the server CPU per request of the boards and
// the task page by 10–25 % in `bench:http` runs (README, Benchmarks), for about 100 MB more memory per process.
// An operator's own NODE_OPTIONS are kept, and their semi-space setting wins.
export const APP_SEMI_SPACE_MB = 64;

export function appNodeOptions(existing: string | undefined): string {
  const given = (existing ?? "").trim();
  if (/--max-semi-space-size[= ]/.test(given)) return given;
  return [given, `--max-semi-space-size=${APP_SEMI_SPACE_MB}`].filter(Boolean).join(" ");
}
