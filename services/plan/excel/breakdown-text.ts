// A breakdown as a workbook cell holds it: "kön", "utförare", "kön, utförare", with
// "(obligatorisk)" when the parts must be filled in. Empty: no breakdown.
import type { BreakdownKind } from "../breakdown";
import type { Breakdown } from "../plan-schema";

const WORDS: Record<BreakdownKind, string> = { sex: "kön", provider: "utförare" };
const REQUIRED = "obligatorisk";

/** The breakdown the cell names, or a Swedish sentence saying what to write instead. */
export function readBreakdown(text: string): Breakdown | string | undefined {
  const words = text
    .toLocaleLowerCase("sv")
    .split(/[,;\n]|\s+och\s+/)
    .map((word) => word.trim().replace(/[()]/g, ""))
    .filter((word) => word !== "");
  if (words.length === 0) return undefined;
  const by: BreakdownKind[] = [];
  let required = false;
  for (const word of words) {
    for (const piece of word.split(/\s+/)) {
      if (piece === REQUIRED || piece === "krav") required = true;
      else if (piece === "kön" || piece === "kon") by.push("sex");
      else if (["utförare", "utforare", "regi", "driftsform"].includes(piece)) by.push("provider");
      else
        return `”${text.trim()}” går inte att läsa: skriv kön, utförare eller båda (kön, utförare), och (obligatorisk) när delarna måste fyllas i.`;
    }
  }
  if (by.length === 0)
    return `”${text.trim()}” säger inte vilken uppdelning: skriv kön eller utförare.`;
  return { by: [...new Set(by)], required };
}

export function breakdownText(breakdown: Breakdown): string {
  const words = breakdown.by.map((kind) => WORDS[kind]).join(", ");
  return breakdown.required ? `${words} (${REQUIRED})` : words;
}
