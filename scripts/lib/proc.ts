// Small process helpers shared by the start and test scripts.
import { type ChildProcess, spawn } from "node:child_process";
import path from "node:path";

export const root = path.resolve(import.meta.dirname, "..", "..");
const bin = (name: string) => path.join(root, "node_modules", ".bin", name);

/** Runs a project binary (prisma, next, vitest…) to completion; rejects on a non-zero exit. */
export function run(
  name: string,
  args: string[],
  env: NodeJS.ProcessEnv = process.env,
  output: "inherit" | "stderr" = "inherit", // "stderr": keep our stdout for a machine-readable answer (--json)
): Promise<void> {
  return new Promise((resolve, reject) => {
    const stdio: "inherit" | ["inherit", number, number] = output === "inherit" ? "inherit" : ["inherit", 2, 2];
    const child = spawn(bin(name), args, { cwd: root, env, stdio });
    child.on("error", reject);
    child.on("exit", (code, signal) =>
      code === 0 ? resolve() : reject(new Error(`${name} ${args.join(" ")} kết thúc với mã ${code ?? signal}`)),
    );
  });
}

/** Starts a long-running project binary; the caller owns its lifetime. */
export function startProcess(name: string, args: string[], env: NodeJS.ProcessEnv): ChildProcess {
  return spawn(bin(name), args, { cwd: root, env, stdio: "inherit" });
}

export function step(message: string): void {
  console.log(`\n▶ ${message}`);
}
