// `npm run bench`: times the page loaders on a generated province (5 years of assessments, ~150 agencies,
// thousands of tasks) in a database of its own on the local Postgres, then drops it. See scripts/bench/.
//
// Loaders are marked `import "server-only"`, which throws outside React Server Components unless the
// `react-server` export condition is on — so this entry re-runs the benchmark under that condition.
import { spawnSync } from "node:child_process";
import path from "node:path";

const main = path.join(import.meta.dirname, "bench", "main.ts");
const result = spawnSync(
  process.execPath,
  ["--conditions=react-server", "--expose-gc", "--import", "tsx", main, ...process.argv.slice(2)],
  {
    stdio: "inherit",
    env: process.env,
  },
);
process.exit(result.status ?? 1);
