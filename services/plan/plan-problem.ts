// What a plan check reports: a problem and the path of the field it is about. Its own module so that
// plan-checks and the checks it runs (indicators, roll-ups) share it without importing each other.

export type PlanPath = (string | number)[];

export interface PlanProblem {
  path: PlanPath;
  /** Swedish: what is wrong, and what to do when it is not obvious. */
  message: string;
}

export type Report = (path: PlanPath, message: string) => void;
