// Runs CLI commands in-process with their output recorded.
import type { CliIo } from "../../cli/io";

export function recordingIo(): { io: CliIo; out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (line) => out.push(line), err: (line) => err.push(line) }, out, err };
}
