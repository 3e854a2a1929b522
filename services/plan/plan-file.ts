// What a plan file is on the way in, and how a problem is pointed out in it: "Indikatorer rad 7,
// kolumn Regel" in a workbook, "goalAreas[2].goals[0].indicators[0].rule (rad 41)" in YAML.
import type { PlanPath } from "./plan-problem";

export interface PlanFile {
  /** The name as uploaded; its extension says the format (.yaml, .yml, .json, .xlsx). */
  fileName: string;
  content: Buffer;
}

export interface ImportError {
  /** Where in the file: sheet, row and column, or a YAML path with its line. */
  where: string;
  /** Swedish: what is wrong. */
  message: string;
}

export interface Location {
  where: string;
  /** Sorts errors in file order. */
  order: number;
}

/** Points a path of the plan data at the place in the file it came from. */
export type Locate = (path: PlanPath) => Location;

/**
 * A problem found while reading, before the plan is checked: a cell that cannot be read, a row that
 * names a goal that is not there. `path`, when set, is the part of the plan it concerns: the
 * checks' own problems about that part are dropped, as they would only repeat this one.
 */
export interface ReadIssue extends Location {
  message: string;
  path?: PlanPath;
}

/** The plan data as read from a file, before it is checked. */
export type ReadResult =
  | { ok: true; data: unknown; locate: Locate; issues: ReadIssue[] }
  | { ok: false; errors: ImportError[] };

/** `goalAreas[2].goals[0].rule` */
export function formatPath(path: PlanPath): string {
  return path.reduce<string>((text, segment) => {
    if (typeof segment === "number") return `${text}[${segment}]`;
    return text === "" ? segment : `${text}.${segment}`;
  }, "");
}
