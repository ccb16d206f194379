#!/usr/bin/env node
import { CannotAnalyzeError } from "../engine/errors";
import { parseArgs, USAGE, UsageError } from "./args";
import { runAnalyze } from "./analyze-command";

/** Runs the command line and returns the exit status (SPEC §3: 0 ran, 1 could not run, 2 usage). */
export async function main(argv: string[], out: (s: string) => void, err: (s: string) => void): Promise<number> {
  // Nothing asked is a usage error (a script that lost its arguments must not "succeed").
  if (argv.length === 0) {
    err(USAGE);
    return 2;
  }
  try {
    const args = parseArgs(argv);
    if (args.command === "help") {
      out(USAGE);
      return 0;
    }
    if (args.command === "version") {
      out(VERSION);
      return 0;
    }
    await runAnalyze(args, args.quiet ? () => undefined : out);
    return 0;
  } catch (error) {
    if (error instanceof UsageError) {
      err(`partner-ecosystem: ${error.message}\nRun partner-ecosystem --help for usage.`);
      return 2;
    }
    if (error instanceof CannotAnalyzeError) {
      err(`partner-ecosystem: cannot analyse: ${error.message}`);
      return 1;
    }
    err(`partner-ecosystem: unexpected failure: ${(error as Error).stack ?? String(error)}`);
    return 1;
  }
}

const VERSION = "partner-ecosystem 0.1.0";

if (require.main === module) {
  main(
    process.argv.slice(2),
    (s) => process.stdout.write(`${s}\n`),
    (s) => process.stderr.write(`${s}\n`),
  ).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`${String(error)}\n`);
      process.exitCode = 1;
    },
  );
}
