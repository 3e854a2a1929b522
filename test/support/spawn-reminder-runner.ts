// Starts test/support/reminder-runner-child.ts (a reminder scheduler of its own) and follows the
// JSON lines it prints.
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";

export interface RunnerProcess {
  child: ChildProcess;
  events: Record<string, unknown>[];
  output: () => string;
  exited: Promise<number | null>;
  waitFor(
    predicate: (events: Record<string, unknown>[]) => boolean,
    timeoutMs?: number,
  ): Promise<void>;
}

const root = path.resolve(__dirname, "..", "..");

export function spawnReminderRunner(env: Record<string, string>): RunnerProcess {
  const child = spawn(
    process.execPath,
    ["--import", "tsx", path.join(root, "test", "support", "reminder-runner-child.ts")],
    {
      cwd: root,
      env: { PATH: process.env.PATH ?? "", LOG_LEVEL: "silent", ...env },
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  let output = "";
  let pending = "";
  const events: Record<string, unknown>[] = [];
  child.stdout?.on("data", (chunk: Buffer) => {
    output += chunk.toString("utf8");
    pending += chunk.toString("utf8");
    const lines = pending.split("\n");
    pending = lines.pop() ?? "";
    for (const line of lines) {
      try {
        events.push(JSON.parse(line) as Record<string, unknown>);
      } catch {
        // not one of ours (a warning from Node): kept in output only
      }
    }
  });
  child.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString("utf8")));
  const exited = new Promise<number | null>((resolve) =>
    child.once("exit", (code) => resolve(code)),
  );
  return {
    child,
    events,
    output: () => output,
    exited,
    async waitFor(predicate, timeoutMs = 30_000) {
      const deadline = Date.now() + timeoutMs;
      while (!predicate(events)) {
        if (child.exitCode !== null || Date.now() > deadline) {
          throw new Error(`runner did not get there (exit ${child.exitCode}):\n${output}`);
        }
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    },
  };
}
