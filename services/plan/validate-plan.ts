// Turns read data into a Plan, or into every problem it has: shape problems (zod) and meaning
// problems (plan-checks) together, so an admin sees all of them at once, not one per try.
//
// A shape problem would normally stop the meaning checks. To still run them, the parts with shape
// problems are set aside (a field, or else the list element holding it) and the rest is parsed
// again; meaning problems that concern a part set aside are dropped, since they would only echo
// the shape problem.
import type { z } from "zod";
import { planSchema, type Plan } from "./plan-schema";
import { checkPlan } from "./plan-checks";
import type { PlanPath, PlanProblem } from "./plan-problem";
import { shapeMessage } from "./shape-messages";

export type PlanValidation = { ok: true; plan: Plan } | { ok: false; problems: PlanProblem[] };

const MAX_ROUNDS = 4;

export function validatePlanData(data: unknown): PlanValidation {
  const first = planSchema.safeParse(data, { error: shapeMessage });
  if (first.success) {
    const problems = checkPlan(first.data);
    return problems.length === 0 ? { ok: true, plan: first.data } : { ok: false, problems };
  }
  const shapeProblems = first.error.issues.map(toProblem);
  return { ok: false, problems: [...shapeProblems, ...checksOfTheRest(data, first.error.issues)] };
}

function toProblem(issue: z.core.$ZodIssue): PlanProblem {
  const path = issue.path.filter((segment) => typeof segment !== "symbol");
  if (issue.code === "unrecognized_keys" && issue.keys.length === 1) {
    return { path: [...path, issue.keys[0] ?? ""], message: issue.message };
  }
  return { path, message: issue.message };
}

interface Removal {
  path: PlanPath;
  /** Remove these keys of the object at `path`, rather than `path` itself. */
  keys?: string[];
  /** Put this in place instead of removing (a required top-level field). */
  replace?: unknown;
}

/** Stand-ins for the plan's own required fields, which the meaning checks do not read. */
const standIns: Record<string, unknown> = { id: "x", organisation: "x", name: "x", year: 2000 };

function checksOfTheRest(data: unknown, firstIssues: z.core.$ZodIssue[]): PlanProblem[] {
  const removals: Removal[] = [];
  const tried = new Set<string>();
  let issues = firstIssues;
  let pruned = prune(data, removals);
  for (let round = 0; round < MAX_ROUNDS; round += 1) {
    for (const issue of issues) {
      const path = pruned.toOriginal(issue.path.filter((segment) => typeof segment !== "symbol"));
      if (issue.code === "unrecognized_keys") {
        removals.push({ path, keys: issue.keys });
        continue;
      }
      const standIn = path.length === 1 ? standIns[String(path[0])] : undefined;
      if (standIn !== undefined) {
        removals.push({ path, replace: standIn });
        continue;
      }
      const removal = tried.has(pathKey(path)) ? enclosingElement(path) : path;
      if (!removal) return []; // a top-level part is broken: the shape problems are all we can say
      tried.add(pathKey(removal));
      removals.push({ path: removal });
    }
    pruned = prune(data, removals);
    const parsed = planSchema.safeParse(pruned.data);
    if (parsed.success) {
      const setAside = removals.flatMap((removal) => {
        if (removal.keys) return removal.keys.map((key) => [...removal.path, key]);
        return removal.replace === undefined ? [removal.path] : [];
      });
      return checkPlan(parsed.data)
        .map((problem) => ({ ...problem, path: pruned.toOriginal(problem.path) }))
        .filter((problem) => !setAside.some((path) => related(path, problem.path)));
    }
    issues = parsed.error.issues;
  }
  return [];
}

/** The list element (an indicator, a unit …) that holds the path, when there is one. */
function enclosingElement(path: PlanPath): PlanPath | undefined {
  for (let i = path.length - 2; i >= 0; i -= 1) {
    if (typeof path[i] === "number") return path.slice(0, i + 1);
  }
  return undefined;
}

function related(a: PlanPath, b: PlanPath): boolean {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i += 1) if (a[i] !== b[i]) return false;
  return true;
}

function pathKey(path: PlanPath): string {
  return JSON.stringify(path);
}

const REMOVED = Symbol("removed");

interface Pruned {
  data: unknown;
  /** Maps a path in the pruned data back to the same place in the data as read. */
  toOriginal(path: PlanPath): PlanPath;
}

function prune(data: unknown, removals: Removal[]): Pruned {
  const copy: unknown = structuredClone(data);
  for (const removal of removals) {
    if (removal.keys) {
      const target = at(copy, removal.path);
      if (isRecord(target)) for (const key of removal.keys) delete target[key];
      continue;
    }
    const parent = at(copy, removal.path.slice(0, -1));
    const last = removal.path[removal.path.length - 1];
    if (removal.replace !== undefined && isRecord(parent)) parent[String(last)] = removal.replace;
    else if (Array.isArray(parent) && typeof last === "number") parent[last] = REMOVED;
    else if (isRecord(parent) && last !== undefined) delete parent[String(last)];
  }
  const survivors = new Map<string, number[]>();
  const clean = (value: unknown, path: PlanPath): unknown => {
    if (Array.isArray(value)) {
      const kept: number[] = [];
      const out: unknown[] = [];
      value.forEach((element, i) => {
        if (element === REMOVED) return;
        kept.push(i);
        out.push(clean(element, [...path, i]));
      });
      if (kept.length !== value.length) survivors.set(pathKey(path), kept);
      return out;
    }
    if (isRecord(value)) {
      return Object.fromEntries(
        Object.entries(value).map(([key, v]) => [key, clean(v, [...path, key])]),
      );
    }
    return value;
  };
  return {
    data: clean(copy, []),
    toOriginal(path) {
      const original: PlanPath = [];
      for (const segment of path) {
        const map = typeof segment === "number" ? survivors.get(pathKey(original)) : undefined;
        original.push(map && typeof segment === "number" ? (map[segment] ?? segment) : segment);
      }
      return original;
    },
  };
}

function at(value: unknown, path: PlanPath): unknown {
  let current = value;
  for (const segment of path) {
    if (Array.isArray(current) && typeof segment === "number") current = current[segment];
    else if (isRecord(current)) current = current[String(segment)];
    else return undefined;
  }
  return current;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
