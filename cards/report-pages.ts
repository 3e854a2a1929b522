// A large report is split into pages that each fit a Teams card, at goal-area boundaries where it
// can. Sizes are measured on the card with everything in it (answers and errors included): each
// item's container carries its id, so one rendering tells how many bytes every item takes.
import type { ItemView, ReportView } from "../services/reporting";
import type { FormItem } from "../services/reporting";
import { MAX_CARD_BYTES, type AdaptiveCard } from "./render";

export const ITEM_ID_PREFIX = "item-";

/**
 * Pages are laid out on the empty form (no answers, no errors), so they stay the same while people
 * type; this leaves room for what they write. Only a page whose answers would still make it too
 * large for Teams is split further, by its actual size.
 */
export const LAYOUT_BUDGET_BYTES = 32 * 1024;
/** The most a page may take with everything in it: under Teams' limit, with a margin. */
export const PAGE_LIMIT_BYTES = MAX_CARD_BYTES - 8 * 1024;
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
      // A goal named as its area ("Uppdrag omsorgens ledningsgrupp" twice) gets no heading of its own.
      const name = item.goalName === area.name ? "" : item.goalName;
      area.goals.push({ key: `${area.key}g${area.goals.length}`, name, items: [] });
      lastGoal = item.item.goalId;
    }
    area.goals[area.goals.length - 1]?.items.push(item.card);
  }
  return areas;
}

/** The items in pages of at most `budget` bytes of items, a goal area starting a new page when it
 * would not fit whole on the current one. `sizes` are the items' bytes by item id. */
export function paginate<T>(
  items: Paged<T>[],
  sizes: ReadonlyMap<string, number>,
  budget: number,
): Paged<T>[][] {
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
export function containerSizes(card: AdaptiveCard, prefix: string): Map<string, number> {
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
