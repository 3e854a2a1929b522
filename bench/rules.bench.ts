// Status rules: time to parse a rule text and to judge one value, per call, over the rule texts of
// all five seed plans. Judging runs for every reported value on a summary, so it must stay far
// below a millisecond; the bench fails when it does not.
import { evaluateStatus, parseStatusRule, parseValue, type StatusRule } from "../services/rules";
import { SEED_RULE_TEXTS } from "../services/rules/seed-rule-texts";
import { report, time, type Timing } from "./support";

const BATCH = 1000;
const RUNS = 300;
const LIMIT_MS = 0.1;

const texts = SEED_RULE_TEXTS.map((entry) => entry.text);
const rules: StatusRule[] = texts.map((text) => parseStatusRule(text));
const valueFor = (rule: StatusRule, i: number) =>
  rule.kind === "yesNo" ? i % 2 === 0 : (i % 100) + 0.5;
const textValueFor = (rule: StatusRule, i: number) =>
  rule.kind === "yesNo" ? (i % 2 === 0 ? "Ja" : "nej") : `${i % 100},5 %`;
const context = { baseline: 60, unitType: "SÄBO" };

/** Times batches of calls and reports the time of one call; returns its p95 in milliseconds. */
async function perCall(label: string, call: (i: number) => unknown): Promise<number> {
  for (let i = 0; i < BATCH * 20; i += 1) call(i); // warm up the JIT
  const batches = await time(RUNS, (run) => {
    for (let i = 0; i < BATCH; i += 1) call(run * BATCH + i);
  });
  const microseconds = (batchMs: number) => (batchMs / BATCH) * 1000;
  const one: Timing = {
    runs: RUNS * BATCH,
    p50: microseconds(batches.p50),
    p95: microseconds(batches.p95),
    mean: microseconds(batches.mean),
  };
  report(label, one, "µs");
  return batches.p95 / BATCH;
}

async function main(): Promise<void> {
  console.log(
    `${texts.length} rule texts from the seed plans, ${BATCH} calls a batch, ${RUNS} batches`,
  );
  await perCall("parseStatusRule", (i) => parseStatusRule(texts[i % texts.length] ?? ""));
  await perCall("parseValue", (i) => parseValue(i % 2 === 0 ? "12 559" : "6,8 %"));
  const evaluate = await perCall("evaluateStatus (number)", (i) => {
    const rule = rules[i % rules.length];
    return rule && evaluateStatus(rule, valueFor(rule, i), context);
  });
  const evaluateText = await perCall("evaluateStatus (text value)", (i) => {
    const rule = rules[i % rules.length];
    return rule && evaluateStatus(rule, textValueFor(rule, i), context);
  });
  const worst = Math.max(evaluate, evaluateText);
  if (worst > LIMIT_MS) {
    console.error(`evaluateStatus p95 ${worst.toFixed(4)} ms is over the ${LIMIT_MS} ms limit`);
    process.exitCode = 1;
  }
}

void main();
