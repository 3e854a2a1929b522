// Turns a report view into the report card: each item as the card shows it (facts, input, status,
// errors), the notice that says why the card is shown, and the page to show when the report is too
// large for one Teams card (report-pages.ts).
import type { Locale } from "../services/i18n/locale";
import { formatNumber } from "../services/rules/format-number";
import { parseStatusRule } from "../services/rules/parse-status-rule";
import { ruleDirection } from "../services/rules/rule-facts";
import type { ItemView, ReportView } from "../services/reporting/report-view";
import { reportCard, type ReportCardData, type ReportCardItem } from "./report-card";
import {
  ITEM_ID_PREFIX,
  LAYOUT_BUDGET_BYTES,
  PAGE_LIMIT_BYTES,
  choosePage,
  containerSizes,
  groupItems,
  paginate,
} from "./report-pages";
import { noticeOf, statusLine } from "./report-notices";
import {
  REPORT_TEXT,
  clip,
  day,
  stateChoices,
  stateLabel,
  statusColor,
  statusWord,
  valueWithUnit,
} from "./report-text";
import { cardBytes, type AdaptiveCard } from "./render";
import { t as tw } from "./words/t";
import { breakdownFields, milestoneFields } from "./report-breakdown-view";

export interface ReportCardOptions {
  locale: Locale;
  timeZone: string;
}

export function reportFormCard(view: ReportView, options: ReportCardOptions): AdaptiveCard {
  const items = view.items.map((item) => ({ view: item, card: cardItem(view, item, options) }));
  const build = (shown: typeof items, page: number, pages: number) =>
    reportCard(cardData(view, shown, page, pages, options));
  const whole = build(items, 0, 1);
  // Most reports fit as they are: their empty form could only be smaller.
  if (cardBytes(whole) <= LAYOUT_BUDGET_BYTES) return whole;
  const empty = cardBytes(build([], 0, 1));
  const layout = containerSizes(build(items.map(blank), 0, 1), ITEM_ID_PREFIX);
  const laidOut = paginate(items, layout, LAYOUT_BUDGET_BYTES - empty);
  if (laidOut.length === 1 && cardBytes(whole) <= PAGE_LIMIT_BYTES) return whole;
  const actual = containerSizes(whole, ITEM_ID_PREFIX);
  const pages = laidOut.flatMap((page) =>
    cardBytes(build(page, 0, laidOut.length)) <= PAGE_LIMIT_BYTES
      ? [page]
      : paginate(page, actual, PAGE_LIMIT_BYTES - empty),
  );
  const page = choosePage(view, pages);
  return build(pages[page] ?? [], page, pages.length);
}

/** The item as the empty form shows it: what the page layout is measured on. */
function blank(item: { view: ItemView; card: ReportCardItem }) {
  const card: ReportCardItem = {
    ...item.card,
    value: "",
    valueError: "",
    statusText: "",
    state: "",
    stateError: "",
    comment: "",
    commentError: "",
    text: "",
    textError: "",
    breakdowns: item.card.breakdowns.map((breakdown) => ({
      ...breakdown,
      parts: breakdown.parts.map((part) => ({ ...part, value: "" })),
      error: "",
    })),
    milestones: item.card.milestones.map((milestone) => ({ ...milestone, value: "" })),
    milestonesError: "",
  };
  return { ...item, card };
}

function cardData(
  view: ReportView,
  items: { view: ItemView; card: ReportCardItem }[],
  page: number,
  pages: number,
  { locale, timeZone }: ReportCardOptions,
): ReportCardData {
  const t = REPORT_TEXT[locale];
  const notice = noticeOf(view, locale);
  const first = items[0]?.view.form.goalAreaName ?? "";
  return {
    title: t.title(view.period.label, view.unit.name),
    subtitle: `${view.plan.name} · ${t.deadline} ${day(view.period.deadline, locale)}`,
    status: statusLine(view, locale, timeZone),
    ...notice,
    pageLabel: pages > 1 ? tw(locale, "report.page", { page: page + 1, pages, first }) : "",
    areas: groupItems(items.map((item) => ({ ...item.view.form, card: item.card }))),
    // The hint on numbers only where there is a number to write.
    footer: items.some((item) => item.card.input === "number")
      ? `${t.numbersHint} ${t.footer}`
      : t.footer,
    ...cardControls(locale, page, pages),
    planId: view.plan.id,
    periodId: view.period.id,
    unitId: view.unit.id,
    version: view.version,
  };
}

/** The buttons, choices and paging of a report card, the same on a unit's and a role's card. */
export function cardControls(
  locale: Locale,
  page: number,
  pages: number,
): Pick<
  ReportCardData,
  | "labels"
  | "yesNoChoices"
  | "stateChoices"
  | "page"
  | "hasPrevious"
  | "hasNext"
  | "previousPage"
  | "nextPage"
> {
  const t = REPORT_TEXT[locale];
  return {
    labels: {
      previous: t.previous,
      next: t.next,
      draft: t.draft,
      submit: t.submit,
      choose: t.choose,
    },
    yesNoChoices: [
      { title: t.yes, value: "ja" },
      { title: t.no, value: "nej" },
    ],
    stateChoices: stateChoices(locale),
    page,
    hasPrevious: page > 0,
    hasNext: page < pages - 1,
    previousPage: Math.max(0, page - 1),
    nextPage: Math.min(pages - 1, page + 1),
  };
}

/** `key` names the item's inputs: its id on a unit's card, `<unit>/<item>` on a role's. */
export function cardItem(
  view: ReportView,
  item: ItemView,
  { locale }: ReportCardOptions,
  key = item.form.item.id,
): ReportCardItem {
  const t = REPORT_TEXT[locale];
  const { form, checked, earlier, baseline, baselineMissing, koladaSuggestion } = item;
  const plan = form.item;
  const optional = plan.required ? "" : t.optional;
  const facts: { title: string; value: string }[] = [];
  const base: ReportCardItem = {
    key,
    id: key,
    title: plan.kind === "question" ? plan.text : plan.name,
    description: paragraphs(clip(plan.description ?? "", 300)),
    facts,
    input: "text",
    valueLabel: "",
    value: checked.answer.value ?? "",
    placeholder: "",
    valueError: flagged(checked.errors.value),
    statusText: "",
    statusColor: "Default",
    stateLabel: `${t.state}${optional}`,
    state: checked.answer.state ?? "",
    stateError: flagged(checked.errors.state),
    commentLabel: plan.kind === "activity" ? t.activityComment : t.indicatorComment,
    comment: checked.answer.comment ?? "",
    commentError: flagged(checked.errors.comment),
    textLabel: `${t.answer}${optional}`,
    text: checked.answer.text ?? "",
    textError: flagged(checked.errors.text),
    breakdowns: breakdownFields(item, locale, key),
    ...milestoneFields(item, locale, key),
  };
  if (plan.kind === "indicator") {
    const percent = plan.valueType === "percent";
    if (plan.unitOfMeasure) facts.push({ title: t.unit, value: plan.unitOfMeasure });
    if (plan.target) facts.push({ title: t.target, value: plan.target });
    if (plan.rule) facts.push({ title: t.rule, value: ruleFact(plan.rule, locale) });
    for (const [earlierResult, label] of [
      [earlier.previous, t.lastPeriod],
      [earlier.lastYear, t.lastYear],
    ] as const) {
      if (!earlierResult) continue;
      facts.push({
        title: label(earlierResult.periodLabel),
        value: `${valueWithUnit(earlierResult.value, percent) || "–"} ${statusWord(earlierResult.status, locale)}`,
      });
    }
    if (baseline) {
      const shown =
        typeof baseline.value === "boolean"
          ? baseline.value
            ? t.yes
            : t.no
          : formatNumber(baseline.value);
      const unit = percent ? "\u00a0%" : "";
      if (baseline.kolada) {
        // Kolada's terms of use ask for attribution wherever its figures are shown.
        facts.push({ title: baseline.source, value: `${shown}${unit}` });
        facts.push({ title: t.source, value: "Kolada" });
      } else {
        facts.push({ title: t.baseline, value: `${shown}${unit} (${baseline.source})` });
      }
    } else if (baselineMissing) {
      facts.push({ title: t.baseline, value: `${t.missing}: ${baselineMissing}` });
    }
    if (koladaSuggestion) {
      const shown =
        typeof koladaSuggestion.value === "boolean"
          ? koladaSuggestion.value
            ? t.yes
            : t.no
          : formatNumber(koladaSuggestion.value);
      facts.push({
        title: `Kolada ${koladaSuggestion.year}`,
        value: `${shown}${percent ? "\u00a0%" : ""} ${t.koladaOffer}`,
      });
      if (!baseline?.kolada) facts.push({ title: t.source, value: "Kolada" });
    }
    const judged = checked.judgement;
    return {
      ...base,
      input: plan.valueType === "yesno" ? "yesno" : "number",
      valueLabel: `${t.value(view.period.label, percent ? "%" : (plan.unitOfMeasure ?? ""))}${optional}`,
      value: plan.valueType === "yesno" ? yesNoValue(checked.answer.value) : base.value,
      placeholder: percent ? t.percentPlaceholder : t.numberPlaceholder,
      statusText: judged ? `${statusWord(judged.status, locale)}: ${judged.explanation}` : "",
      statusColor: judged ? statusColor(judged.status) : "Default",
    };
  }
  if (plan.kind === "activity") {
    if (earlier.previous?.activityState) {
      facts.push({
        title: t.lastPeriod(earlier.previous.periodLabel),
        value: stateLabel(earlier.previous.activityState, locale),
      });
    }
    return { ...base, input: "state" };
  }
  return base;
}

/** The plan's line breaks kept: a card's markdown joins lines that a blank line does not part. */
function paragraphs(text: string): string {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean)
    .join("\n\n");
}

/** An error beside its field, marked by a symbol as well as its colour. */
function flagged(error: string | undefined): string {
  return error ? `⚠ ${error}` : "";
}

/** A yes/no choice shows the answer written any way (`Ja`, `yes`) as its choice value. */
function yesNoValue(value: string | undefined): string {
  const text = (value ?? "").trim().toLowerCase();
  if (text === "ja" || text === "yes") return "ja";
  if (text === "nej" || text === "no") return "nej";
  return value ?? "";
}

function ruleFact(rule: string, locale: Locale): string {
  try {
    const direction = ruleDirection(parseStatusRule(rule));
    const t = REPORT_TEXT[locale];
    if (direction === "lower") return `${rule} (${t.lowerBetter})`;
    if (direction === "higher") return `${rule} (${t.higherBetter})`;
  } catch {
    return rule; // the plan's own words are still worth showing
  }
  return rule;
}
