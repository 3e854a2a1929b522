// A large report is split into pages that each fit a Teams card, at goal-area boundaries where it
// can. Sizes are measured on the card with everything in it (answers and errors included): each
// item's container carries its id, so one rendering tells how many bytes every item takes.
import type { ItemView, ReportView } from "../services/reporting";
import type { FormItem } from "../services/reporting";
import { MAX_CARD_BYTES, type AdaptiveCard } from "./render";

/** Room for a page's items: well under Teams' limit, so a page is also a sensible amount to read. */
export const PAGE_BUDGET_BYTES = Math.min(40 * 1024, MAX_CARD_BYTES - 8 * 1024);
/** A goal area's or goal's heading, roughly. */
const HEADING_BYTES = 400;

interface Paged<T> {
  view: ItemView;
  card: T;
}

/** Items of a page under their goal area and goal, in order. */
export function groupItems<T>(items: (FormItem & { card: T })[]): {
  key: string;
  name: string;
  goals: { key: string; name: string; items: T[] }[];
}[] {
  const areas: { key: string; name: string; goals: { key: string; name: string; items: T[] }[] }[] =
    [];
  let lastArea = "";
  let lastGoal = "";
  for (const item of items) {
    if (item.item.goalAreaId !== lastArea || areas.length === 0) {
      areas.push({ key: `a${areas.length}`, name: item.goalAreaName, goals: [] });
      lastArea = item.item.goalAreaId;
      lastGoal = "";
    }
    const area = areas[areas.length - 1];
    if (!area) continue;
    if (item.item.goalId !== lastGoal || area.goals.length === 0) {
      area.goals.push({ key: `${area.key}g${area.goals.length}`, name: item.goalName, items: [] });
      lastGoal = item.item.goalId;
    }
    area.goals[area.goals.length - 1]?.items.push(item.card);
  }
  return areas;
}

/** The items split into pages that fit, given the whole card and the size of an empty one. */
export function paginate<T>(
  whole: AdaptiveCard,
  items: Paged<T>[],
  emptyCardBytes: number,
): Paged<T>[][] {
  const sizes = containerSizes(whole, "item-");
  const total = [...sizes.values()].reduce((sum, size) => sum + size, 0);
  const budget = PAGE_BUDGET_BYTES;
  if (emptyCardBytes + total + HEADING_BYTES * 4 <= budget) return [items];

  const areaSize = new Map<string, number>();
  for (const item of items) {
    const area = item.view.form.item.goalAreaId;
    areaSize.set(area, (areaSize.get(area) ?? 0) + (sizes.get(item.view.form.item.id) ?? 0));
  }
  const pages: Paged<T>[][] = [];
  let page: Paged<T>[] = [];
  let used = 0;
  let lastArea = "";
  let lastGoal = "";
  for (const item of items) {
    const { goalAreaId, goalId, id } = item.view.form.item;
    const size = sizes.get(id) ?? 0;
    const newArea = goalAreaId !== lastArea;
    const newGoal = newArea || goalId !== lastGoal;
    const cost = size + (newArea ? HEADING_BYTES : 0) + (newGoal ? HEADING_BYTES : 0);
    // A goal area that will not fit whole on this page starts on the next one.
    const areaWontFit =
      newArea && used + (areaSize.get(goalAreaId) ?? 0) + 2 * HEADING_BYTES > budget;
    if (page.length > 0 && (used + cost > budget || areaWontFit)) {
      pages.push(page);
      page = [];
      used = 0;
    }
    // The first item of a page repeats its goal area's and goal's headings.
    used += page.length === 0 ? size + 2 * HEADING_BYTES : cost;
    page.push(item);
    lastArea = goalAreaId;
    lastGoal = goalId;
  }
  if (page.length > 0) pages.push(page);
  return pages;
}

/** The page asked for; after a refused submit, the first page with an error unless that one has. */
export function choosePage<T>(view: ReportView, pages: Paged<T>[][]): number {
  const asked = Math.min(Math.max(0, view.page), pages.length - 1);
  if (view.outcome.kind !== "invalid") return asked;
  const hasError = (page: Paged<T>[] | undefined) =>
    (page ?? []).some((item) => Object.values(item.view.checked.errors).some(Boolean));
  if (hasError(pages[asked])) return asked;
  const first = pages.findIndex((page) => hasError(page));
  return first >= 0 ? first : asked;
}

/** Bytes of each element whose id starts with `prefix`, by the rest of its id. */
function containerSizes(card: AdaptiveCard, prefix: string): Map<string, number> {
  const sizes = new Map<string, number>();
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) {
      node.forEach(walk);
      return;
    }
    if (!node || typeof node !== "object") return;
    const id = "id" in node ? node.id : undefined;
    if (typeof id === "string" && id.startsWith(prefix)) {
      sizes.set(id.slice(prefix.length), Buffer.byteLength(JSON.stringify(node), "utf8"));
      return;
    }
    Object.values(node).forEach(walk);
  };
  walk(card);
  return sizes;
}
