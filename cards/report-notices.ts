// What the report form says above its items: whether and when the report was submitted, drafted or
// reopened, and why the card is shown again (draft saved, errors to correct, someone else's submit).
import type { Locale } from "../services/i18n/locale";
import type { ReportView } from "../services/reporting/report-view";
import type { ReportCardData } from "./report-card";
import { clip, moment } from "./report-text";
import { words } from "./words/t";

export function statusLine(view: ReportView, locale: Locale, timeZone: string): string {
  const w = words(locale);
  const when = (at: string) => moment(at, timeZone, locale);
  const parts: string[] = [];
  const report = view.report;
  if (report?.submittedAt && view.version > 0) {
    parts.push(
      w("report.submittedLine", {
        when: when(report.submittedAt),
        name: report.submittedByName ?? report.submittedBy ?? "",
        version: view.version,
      }),
      w("report.canResubmit"),
    );
  } else {
    parts.push(w("report.notSubmittedYet"));
  }
  if (view.draft) {
    parts.push(
      w("report.draftSavedBy", { when: when(view.draft.savedAt), name: view.draft.savedByName }),
    );
  }
  if (view.onBehalfOf) {
    const who = view.onBehalfOf.join(", ");
    parts.push(w("report.onBehalf", { unit: view.unit.name, who: who || "none" }));
  }
  if (view.window === "reopened" && report?.reopenedUntil) {
    parts.push(w("report.reopenedUntil", { when: when(report.reopenedUntil) }));
  }
  return parts.join(" ");
}

/** `placeOf` names where an item is when one card holds it for several units (a role's card). */
export function noticeOf(
  view: ReportView,
  locale: Locale,
  placeOf?: (item: ReportView["items"][number]) => string | undefined,
): Pick<ReportCardData, "notice" | "noticeStyle" | "noticeLines"> {
  const w = words(locale);
  const outcome = view.outcome;
  switch (outcome.kind) {
    case "draftSaved":
      return { notice: w("report.draftSaved"), noticeStyle: "good", noticeLines: [] };
    case "invalid":
      return {
        notice: w("report.invalid", { count: outcome.errorCount }),
        noticeStyle: "attention",
        noticeLines: errorLines(view, placeOf),
      };
    case "conflict":
      return {
        notice: w("report.conflict"),
        noticeStyle: "warning",
        noticeLines: outcome.unsent.map((line) => `${line.title}: ${line.yours}`),
      };
    case "opened":
    case "submitted":
      return { notice: "", noticeStyle: "emphasis", noticeLines: [] };
  }
}

/** Each field with an error, so errors on other pages are not missed. */
function errorLines(view: ReportView, placeOf: Parameters<typeof noticeOf>[2]): string[] {
  const lines = view.items.flatMap((item) => {
    const messages = Object.values(item.checked.errors).filter(Boolean);
    if (messages.length === 0) return [];
    const plan = item.form.item;
    const title = plan.kind === "question" ? clip(plan.text, 60) : plan.name;
    const place = placeOf?.(item);
    return [`${place ? `${place} · ` : ""}${title}: ${messages.join(" ")}`];
  });
  return lines.length > 10 ? [...lines.slice(0, 10), `… (${lines.length - 10})`] : lines;
}
