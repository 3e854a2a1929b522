// Reads a plan written in YAML (or JSON, which YAML reads too), keeping where each value stood so
// that a problem can be shown with its path and line.
import type { Node } from "yaml";
import type { PlanPath } from "./plan-problem";
import type { Plan } from "./plan-schema";
import { formatPath, type Location, type ReadResult } from "./plan-file";

// The yaml library is loaded when a plan is first read or written, not when the bot starts.
function yaml(): typeof import("yaml") {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require("yaml") as typeof import("yaml");
}

const yamlProblems: Partial<Record<string, string>> = {
  DUPLICATE_KEY: "Samma fält står två gånger i samma del.",
  BAD_INDENT: "Fel indrag: raden står inte i linje med fälten den hör till.",
  TAB_AS_INDENT: "Indrag med tabb: använd mellanslag.",
  MISSING_CHAR: "Ett tecken saknas (ett citattecken eller en parentes som inte stängs?).",
  BLOCK_AS_IMPLICIT_KEY: "Ett fält saknar kolon, eller ett värde står där ett fält väntas.",
  MULTILINE_IMPLICIT_KEY:
    "Ett fältnamn fortsätter över flera rader: saknas ett kolon eller citattecken?",
  UNEXPECTED_TOKEN: "Oväntat tecken.",
  MULTIPLE_DOCS: "Filen innehåller flera YAML-dokument (---); en plan ska vara ett dokument.",
};

export function readYamlPlan(text: string): ReadResult {
  const { LineCounter, parseDocument } = yaml();
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    return {
      ok: false,
      errors: doc.errors.map((error) => {
        const { line, col } = lineCounter.linePos(error.pos[0]);
        const known = yamlProblems[error.code];
        return {
          where: `rad ${line}, kolumn ${col}`,
          message:
            known ??
            `Filen går inte att läsa som YAML (${error.code}: ${firstLine(error.message)}).`,
        };
      }),
    };
  }
  const data: unknown = doc.toJS({ maxAliasCount: 100 });
  const locate = (path: PlanPath): Location => {
    const offset = offsetOf(doc.contents, path);
    const where = path.length === 0 ? "filen" : formatPath(path);
    if (offset === undefined) return { where, order: 0 };
    return { where: `${where} (rad ${lineCounter.linePos(offset).line})`, order: offset };
  };
  return { ok: true, data, locate, issues: [] };
}

function firstLine(text: string): string {
  return text.split("\n")[0] ?? text;
}

/** Where the path, or the nearest part of it that exists, starts in the text. */
function offsetOf(root: Node | null, path: PlanPath): number | undefined {
  const { isMap, isScalar, isSeq } = yaml();
  let node: unknown = root;
  let offset = root?.range?.[0];
  for (const segment of path) {
    if (isMap(node)) {
      const pair = node.items.find(
        (item) => isScalar(item.key) && String(item.key.value) === String(segment),
      );
      if (!pair) break;
      offset = (isScalar(pair.key) ? pair.key.range?.[0] : undefined) ?? offset;
      node = pair.value;
    } else if (isSeq(node) && typeof segment === "number") {
      const item: unknown = node.items[segment];
      if (!isScalar(item) && !isMap(item) && !isSeq(item)) break;
      offset = item.range?.[0] ?? offset;
      node = item;
    } else {
      break;
    }
  }
  return offset;
}

/** Values the schema fills in when a file leaves them out: a written plan leaves them out too. */
const DEFAULTS: Record<string, unknown> = {
  required: true,
  valueType: "number",
};

/** A plan as a YAML file an admin can edit: defaults and empty lists left out. */
export function writeYamlPlan(plan: Plan): string {
  const compact = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(compact);
    if (typeof value !== "object" || value === null) return value;
    const entries = Object.entries(value).filter(
      ([key, v]) => DEFAULTS[key] !== v && !(Array.isArray(v) && v.length === 0) && v !== undefined,
    );
    return Object.fromEntries(entries.map(([key, v]) => [key, compact(v)]));
  };
  const header = "# Verksamhetsplan för Uppföljningsboten (format: docs/plan-format.md)\n";
  return header + yaml().stringify(compact(plan), { lineWidth: 0 });
}
