// Cold start of the command line: each command run as a new `node bin/uppfoljning.js …` process
// (the compiled build: `npm run build` after a change), beside a bare `node -e 0` in the same run,
// 10 times each after one warm-up (the file cache). Aim: `--help` and `rule` in ≤ 0.3 s, 2.5× a
// bare node's 0.12 s on a quiet machine; on a machine so busy that bare node is slower, the bench
// judges by that ratio instead. `plan validate <yaml>` is printed beside them.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { percentile } from "./support";

const ROOT = path.join(__dirname, "..");
const BIN = path.join(ROOT, "bin", "uppfoljning.js");
const RUNS = Number(process.env.RUNS ?? 10);
const AIM_MS = 300;
const AIM_RATIO = 2.5;

const commands: { label: string; args: string[]; aim?: boolean }[] = [
  { label: "bare node -e 0", args: ["-e", "0"] },
  { label: "uppfoljning --help", args: [BIN, "--help"], aim: true },
  {
    label: 'uppfoljning rule "Grön 82 Gul 76" 80',
    args: [BIN, "rule", "Grön 82 Gul 76", "80"],
    aim: true,
  },
  {
    label: "uppfoljning plan validate norsjo-omsorg-2025.yaml",
    args: [BIN, "plan", "validate", path.join(ROOT, "plans/examples/norsjo-omsorg-2025.yaml")],
  },
];

function coldStart(args: string[]): number[] {
  const samples: number[] = [];
  for (let i = 0; i <= RUNS; i += 1) {
    const start = performance.now();
    const run = spawnSync(process.execPath, args, { cwd: ROOT, stdio: "ignore" });
    if (run.status !== 0) throw new Error(`${args.join(" ")} exited ${run.status}`);
    if (i > 0) samples.push(performance.now() - start);
  }
  return samples.sort((a, b) => a - b);
}

function main(): void {
  if (!existsSync(path.join(ROOT, "dist", "cli", "main.js"))) {
    console.error("The CLI is not built: run `npm run build` first.");
    process.exitCode = 1;
    return;
  }
  let bare = 0;
  for (const command of commands) {
    const samples = coldStart(command.args);
    const p50 = percentile(samples, 50);
    bare ||= p50;
    const over =
      command.aim && p50 > AIM_MS && p50 > bare * AIM_RATIO
        ? `  ABOVE the aim of ${AIM_MS} ms (or ${AIM_RATIO}× bare node)`
        : "";
    console.log(
      `${command.label}: p50 ${p50.toFixed(0)} ms, p95 ${percentile(samples, 95).toFixed(0)} ms` +
        ` (${(p50 / bare).toFixed(1)}× bare node, ${RUNS} runs)${over}`,
    );
    if (over) process.exitCode = 1;
  }
}

main();
