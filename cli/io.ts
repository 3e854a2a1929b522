// What a CLI command may touch of the outside world: passed in, so tests run commands in-process.
export interface CliIo {
  out(line: string): void;
  err(line: string): void;
}

export const processIo: CliIo = {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
};

/** Exit codes: 0 done, 1 failed unexpectedly, 2 the input could not be read (a usage error). */
export const EXIT = { ok: 0, failed: 1, badInput: 2 } as const;

/** Thrown by a command to end with a message on stderr and a given exit code. */
export class CliExit extends Error {
  constructor(
    readonly exitCode: number,
    message: string,
  ) {
    super(message);
  }
}
