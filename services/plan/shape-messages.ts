// Swedish messages for what zod finds wrong with the shape of a plan, for an admin who wrote the
// file by hand. Messages that the schema itself states (id format, UPN) take precedence.
import type { z } from "zod";

type RawIssue = z.core.$ZodRawIssue;

const typeNames: Record<string, string> = {
  string: "text",
  number: "ett tal",
  int: "ett heltal",
  boolean: "true eller false (ja/nej)",
  array: "en lista",
  object: "en samling fält (nyckel: värde)",
};

export function shapeMessage(issue: RawIssue): string {
  switch (issue.code) {
    case "invalid_type":
      if (issue.input === undefined) return "Saknas, men måste anges.";
      return `Ska vara ${typeNames[issue.expected] ?? issue.expected}, men är ${describe(issue.input)}.`;
    case "unrecognized_keys":
      return `Okänt fält ${issue.keys.map((key) => `”${key}”`).join(", ")}. Kontrollera stavningen (se docs/plan-format.md).`;
    case "invalid_value":
      return `Ska vara ett av: ${issue.values.map(String).join(", ")}.`;
    case "too_small":
      if (issue.origin === "array") return `Ska ha minst ${String(issue.minimum)}.`;
      if (issue.origin === "string") return "Får inte vara tomt.";
      return `Ska vara minst ${String(issue.minimum)}.`;
    case "too_big":
      if (issue.origin === "string") return `Får vara högst ${String(issue.maximum)} tecken.`;
      return `Får vara högst ${String(issue.maximum)}.`;
    case "invalid_format":
      return "Har fel format.";
    case "invalid_union":
      return "Ska vara ett tal eller true/false.";
    case "invalid_key":
      return "Ogiltig nyckel.";
    default:
      return "Har fel form.";
  }
}

function describe(input: unknown): string {
  if (input === null) return "tomt";
  if (Array.isArray(input)) return "en lista";
  if (typeof input === "string")
    return `texten ”${input.length > 40 ? `${input.slice(0, 40)}…` : input}”`;
  if (typeof input === "number") return `talet ${input}`;
  if (typeof input === "boolean") return input ? "true" : "false";
  if (typeof input === "object") return "en samling fält";
  return typeof input;
}
