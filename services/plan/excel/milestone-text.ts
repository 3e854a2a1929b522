// Milestones as a workbook cell holds them, one a line, the way plans write them: "Q1: text",
// "Q1-Q2: text", "Q3-4: text", or text alone for one without a period.
import type { Milestone } from "../plan-schema";

const PREFIX = /^([^\s:]+?)(?:\s*-\s*([^\s:]+))?:\s*(.+)$/s;

export function readMilestones(text: string, periodIds: readonly string[]): Milestone[] {
  const known = new Map(periodIds.map((id) => [id.toLowerCase(), id]));
  return text
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line !== "")
    .map((line) => {
      const match = PREFIX.exec(line);
      const first = match?.[1] ? known.get(match[1].toLowerCase()) : undefined;
      if (!match || !first) return { text: line };
      if (!match[2]) return { period: first, text: match[3] ?? "" };
      // "Q3-4" means Q3 to Q4: the second half borrows the first one's letters.
      const second = /^\d+$/.test(match[2]) ? first.replace(/\d+$/, match[2]) : match[2];
      const last = known.get(second.toLowerCase());
      return last ? { from: first, period: last, text: match[3] ?? "" } : { text: line };
    });
}

export function milestoneLine(milestone: Milestone): string {
  if (!milestone.period) return milestone.text;
  return `${milestone.from ? `${milestone.from}-` : ""}${milestone.period}: ${milestone.text}`;
}
