// Small timing helpers for benches: wall-clock percentiles over repeated runs.
import { performance } from "node:perf_hooks";

export interface Timing {
  runs: number;
  p50: number;
  p95: number;
  mean: number;
}

export function percentile(sortedMs: number[], p: number): number {
  const index = Math.min(sortedMs.length - 1, Math.ceil((p / 100) * sortedMs.length) - 1);
  return sortedMs[Math.max(0, index)] ?? NaN;
}

export async function time(runs: number, body: (i: number) => unknown): Promise<Timing> {
  const samples: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const start = performance.now();
    await body(i);
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  const mean = samples.reduce((sum, s) => sum + s, 0) / samples.length;
  return { runs, p50: percentile(samples, 50), p95: percentile(samples, 95), mean };
}

export function report(label: string, t: Timing, unit = "ms"): void {
  const f = (n: number) => (n < 0.1 ? n.toFixed(4) : n.toFixed(2));
  console.log(
    `${label}: p50 ${f(t.p50)} ${unit}, p95 ${f(t.p95)} ${unit}, mean ${f(t.mean)} ${unit} (${t.runs} runs)`,
  );
}
