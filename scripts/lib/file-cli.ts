// The shared frame of the file-import commands (plan-import, framework-import, agencies-restructure): one input
// file as the first positional argument, the common flags --dry-run, --json and --help (-h) beside each
// command's own, the file read with a Vietnamese message when it cannot be, and errors printed as "Lỗi: …" with
// exit code 1. Each command keeps its own usage line, flags and output.
import { readFile } from "node:fs/promises";
import { parseArgs } from "node:util";

/** A refusal the user can act on: printed as "Lỗi: <message>" without a stack. */
export class CliError extends Error {}

type Flag = { type: "string" } | { type: "boolean" };
type Values<T extends Record<string, Flag>> = { [K in keyof T]?: T[K] extends { type: "string" } ? string : boolean };

/**
 * The input file and the flags. Refuses with the usage line on --help, without a file, or without one of the
 * `required` flags; an unknown flag throws (as node's parseArgs does).
 */
export function parseFileArgs<T extends Record<string, Flag>>(
  argv: string[],
  usage: string,
  options: T,
  required: (keyof T & string)[] = [],
): { file: string; values: Values<T>; dryRun: boolean; json: boolean } {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      ...options,
      "dry-run": { type: "boolean" },
      json: { type: "boolean" },
      help: { type: "boolean", short: "h" },
    },
  });
  const file = positionals[0];
  const flags = values as Record<string, string | boolean | undefined>;
  if (flags.help || !file || required.some((name) => !flags[name])) throw new CliError(usage);
  return { file, values: values as Values<T>, dryRun: flags["dry-run"] === true, json: flags.json === true };
}

/** The file's bytes, or a CliError naming the file and why it could not be opened. */
export async function readInputFile(file: string): Promise<Uint8Array> {
  try {
    return new Uint8Array(await readFile(file));
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === "ENOENT" ? "tệp không tồn tại" : String(error);
    throw new CliError(`Không mở được tệp «${file}»: ${reason}.`);
  }
}

/**
 * Runs a command: a number it returns becomes the exit code; a CliError (or an error `isKnown` accepts) prints
 * "Lỗi: <message>", anything else `unexpected` with the error; both exit with code 1.
 */
export function runCli(
  run: Promise<unknown>,
  unexpected: string,
  isKnown: (error: unknown) => boolean = () => false,
): void {
  run
    .then((code) => {
      if (typeof code === "number") process.exitCode = code;
    })
    .catch((error: unknown) => {
      if (error instanceof CliError || isKnown(error)) console.error(`Lỗi: ${(error as Error).message}`);
      else console.error(unexpected, error);
      process.exitCode = 1;
    });
}
