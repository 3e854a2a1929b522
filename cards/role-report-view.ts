// The report card of a reporter role (HR, Handläggare …): the report card's template with a section
// per unit instead of per goal area, each item's input named `<unit>/<item>`, the role's verbs, and
// at most 20 units a page (fewer when their items would not fit one Teams card).
import type { Locale } from "../services/i18n/locale";
import type { ReportView } from "../services/reporting/report-view";
import type { RoleReportView } from "../services/reporting/role-report";
import { cardControls, cardItem, type ReportCardOptions } from "./report-form-view";
import { noticeOf } from "./report-notices";
import reportTemplate from "./report.json";
import type { ReportCardData, ReportCardItem } from "./report-card";
import { PAGE_LIMIT_BYTES } from "./report-pages";
import { REPORT_TEXT, day, moment } from "./report-text";
import { cardBytes, expandCard, type AdaptiveCard } from "./render";
import { VERBS } from "./verbs";
import { words } from "./words/t";

/** Units on one page of a role's card at most. */
export const ROLE_UNITS_PER_PAGE = 20;

export function roleReportCard(view: RoleReportView, options: ReportCardOptions): AdaptiveCard {
  const sections = view.sections.map((section) => ({
    section,
    items: section.items.map((item) => {
      return cardItem(section, item, options, `${section.unit.id}/${item.form.item.id}`);
    }),
  }));
  const build = (shown: typeof sections, page: number, pages: number) =>
    expandCard(reportTemplate, {
      ...cardData(view, shown, page, pages, options),
      verbs: {
        page: VERBS.roleReportPage,
        draft: VERBS.roleReportDraft,
        submit: VERBS.roleReportSubmit,
      },
    });
  const pages: (typeof sections)[] = [];
  for (let i = 0; i < sections.length; i += ROLE_UNITS_PER_PAGE) {
    pages.push(...fitting(sections.slice(i, i + ROLE_UNITS_PER_PAGE), (part) => build(part, 0, 2)));
  }
  const page = choosePage(view, pages);
  return build(pages[page] ?? [], page, pages.length);
}

/** Halves a page until its card fits under the limit (one unit a page at the least). */
function fitting<T>(page: T[], build: (part: T[]) => AdaptiveCard): T[][] {
  if (page.length <= 1 || cardBytes(build(page)) <= PAGE_LIMIT_BYTES) return [page];
  const half = Math.ceil(page.length / 2);
  return [...fitting(page.slice(0, half), build), ...fitting(page.slice(half), build)];
}

/** The page asked for; after a refused submit, the first page with an error unless that one has. */
function choosePage<T extends { section: ReportView }>(view: RoleReportView, pages: T[][]): number {
  const asked = Math.min(Math.max(0, view.page), Math.max(0, pages.length - 1));
  if (view.outcome.kind !== "invalid") return asked;
  const hasError = (page: T[] | undefined) =>
    (page ?? []).some(({ section }) =>
      section.items.some((item) => Object.values(item.checked.errors).some(Boolean)),
    );
  if (hasError(pages[asked])) return asked;
  const first = pages.findIndex((page) => hasError(page));
  return first >= 0 ? first : asked;
}

function cardData(
  view: RoleReportView,
  shown: { section: ReportView; items: ReportCardItem[] }[],
  page: number,
  pages: number,
  { locale, timeZone }: ReportCardOptions,
): ReportCardData {
  const t = REPORT_TEXT[locale];
  // The notice speaks of every section: errors on all pages, each with its unit, and why the card
  // is shown.
  const unitOf = new Map(
    view.sections.flatMap((s) => s.items.map((item) => [item, s.unit.name] as const)),
  );
  const notice = noticeOf(
    {
      ...(view.sections[0] ?? emptySection(view)),
      items: view.sections.flatMap((s) => s.items),
      outcome: view.outcome,
    },
    locale,
    (item) => unitOf.get(item),
  );
  const first = shown[0]?.section.unit.name ?? "";
  const last = shown[shown.length - 1]?.section.unit.name ?? "";
  return {
    title: t.title(view.period.label, view.role.name),
    subtitle: `${view.plan.name} · ${t.deadline} ${day(view.period.deadline, locale)}`,
    status: statusLine(view, locale, timeZone),
    ...notice,
    pageLabel:
      pages > 1 ? words(locale)("roleReport.page", { page: page + 1, pages, first, last }) : "",
    areas: shown.map(({ section, items }, index) => ({
      key: `u${index}`,
      name: section.unit.name,
      goals: [{ key: `u${index}g0`, name: "", items }],
    })),
    footer: shown.some(({ items }) => items.some((item) => item.input === "number"))
      ? `${t.numbersHint} ${t.footer}`
      : t.footer,
    ...cardControls(locale, page, pages),
    planId: view.plan.id,
    periodId: view.period.id,
    // On a role's card the card's unit field carries the role's id (the role verbs read it so).
    unitId: view.role.id,
    version: view.version,
  };
}

function statusLine(view: RoleReportView, locale: Locale, timeZone: string): string {
  const w = words(locale);
  const scope = w("roleReport.scope", { role: view.role.name, units: view.sections.length });
  const report = view.report;
  if (report?.submittedAt && view.version > 0) {
    const submitted = w("report.submittedLine", {
      when: moment(report.submittedAt, timeZone, locale),
      name: report.submittedByName ?? report.submittedBy ?? "",
      version: view.version,
    });
    return `${scope} ${submitted}`;
  }
  return `${scope} ${w("report.notSubmittedYet")}`;
}

function emptySection(view: RoleReportView): ReportView {
  return {
    plan: view.plan,
    period: view.period,
    unit: { id: view.role.id, name: view.role.name, reporters: [], owners: [] },
    window: view.window,
    version: view.version,
    items: [],
    page: 0,
    outcome: view.outcome,
  };
}
