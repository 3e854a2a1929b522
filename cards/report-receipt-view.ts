// Turns a report view into the receipt (after a submit) or the read-only card (after the deadline):
// every answer with its status in word and symbol, the rule's explanation, the comment, who
// submitted and when in Stockholm time, and `Ändra` while the report is open. A receipt too large
// for one card lists as many answers as fit and says how many more there are.
import type { Locale } from "../services/i18n/locale";
import type { Status } from "../services/rules/status-rule";
import { isWritable } from "../services/reporting/report-window";
import type { ItemView, ReportView } from "../services/reporting/report-view";
import { groupItems } from "./report-pages";
import { reportReceiptCard, type ReportReceiptItem } from "./report-receipt-card";
import {
  REPORT_TEXT,
  clip,
  day,
  moment,
  stateLabel,
  statusColor,
  statusWord,
  valueWithUnit,
  type StatusColor,
} from "./report-text";
import { fitToCard, type AdaptiveCard } from "./render";
import { receiptMilestoneLines, receiptPartLines } from "./report-breakdown-view";

export function reportReceipt(
  view: ReportView,
  options: { locale: Locale; timeZone: string },
): AdaptiveCard {
  const { locale, timeZone } = options;
  const en = locale === "en";
  const t = REPORT_TEXT[locale];
  const writable = isWritable(view.window);
  const submitted = view.outcome.kind === "submitted";
  const items = view.items.map((item) => ({ ...item.form, card: receiptItem(item, locale) }));
  const report = view.report;
  const submittedLine =
    report?.submittedAt && view.version > 0
      ? en
        ? `Submitted ${moment(report.submittedAt, timeZone, locale)} by ${report.submittedByName ?? report.submittedBy} (version ${view.version}).`
        : `Inskickad ${moment(report.submittedAt, timeZone, locale)} av ${report.submittedByName ?? report.submittedBy} (version ${view.version}).`
      : en
        ? "No report was submitted."
        : "Ingen rapport skickades in.";
  const closedNotice = en
    ? `The deadline for ${view.period.label} was ${day(view.period.deadline, locale)}, so the report is closed. An administrator can reopen it: öppna rapport ${view.period.id} ${view.unit.name}.`
    : `Sista dag för ${view.period.label} var ${day(view.period.deadline, locale)}, så rapporten är stängd och kan bara läsas. En administratör kan öppna den igen: öppna rapport ${view.period.id} ${view.unit.name}.`;

  return fitToCard(items.length, (shown) => {
    const more = items.length - shown;
    return reportReceiptCard({
      title: submitted
        ? `✔ ${en ? "Report submitted" : "Rapporten är inskickad"}: ${view.period.label} · ${view.unit.name}`
        : `${t.title(view.period.label, view.unit.name)}${writable ? "" : en ? " (closed)" : " (stängd)"}`,
      subtitle: `${view.plan.name} · ${t.deadline} ${day(view.period.deadline, locale)}`,
      submitted: submittedLine,
      notice: writable ? "" : closedNotice,
      noticeStyle: "warning",
      counts: countsLine(view.items, locale),
      areas: groupItems(items.slice(0, shown)),
      more:
        more > 0
          ? en
            ? `… and ${more} more answers. Press ${t.edit} to see them all.`
            : `… och ${more} svar till. Tryck ${t.edit} för att se alla.`
          : "",
      footer: writable
        ? en
          ? `You can change the report until ${day(view.period.deadline, locale)}.`
          : `Du kan ändra rapporten till och med ${day(view.period.deadline, locale)}.`
        : "",
      canEdit: writable,
      labels: { edit: t.edit },
      planId: view.plan.id,
      periodId: view.period.id,
      unitId: view.unit.id,
    });
  });
}

function receiptItem(item: ItemView, locale: Locale): ReportReceiptItem {
  const t = REPORT_TEXT[locale];
  const plan = item.form.item;
  const result = item.result;
  const notAnswered = locale === "en" ? "– Not answered" : "– Inte besvarad";
  const comment = result?.comment ? [`${t.comment}: ${clip(result.comment, 300)}`] : [];
  switch (plan.kind) {
    case "indicator": {
      const status: Status = result?.status ?? "none";
      const value = valueWithUnit(result?.value ?? "", plan.valueType === "percent");
      return {
        title: plan.name,
        statusText: value ? `${statusWord(status, locale)} · ${value}` : notAnswered,
        statusColor: statusColor(status),
        explanation: value ? (result?.explanation ?? "") : "",
        lines: [...receiptPartLines(item, locale), ...comment],
      };
    }
    case "activity":
      return {
        title: plan.name,
        statusText: stateLabel(result?.activityState, locale) || notAnswered,
        statusColor: stateColor(result?.activityState),
        explanation: "",
        lines: [...receiptMilestoneLines(item, locale), ...comment],
      };
    case "question":
      return {
        title: plan.text,
        statusText: result?.text ? "" : notAnswered,
        statusColor: "Default",
        explanation: "",
        lines: result?.text ? [clip(result.text, 500)] : [],
      };
  }
}

function stateColor(state: string | undefined): StatusColor {
  if (state === "done") return "Good";
  // Not Warning: yellow text on white is too faint to read, and delayed work needs attention.
  if (state === "delayed") return "Attention";
  if (state === "cancelled") return "Attention";
  return "Default";
}

/** "✔ 2 Grön · ▲ 1 Gul · ✖ 1 Röd · – 1 Ej bedömd": the indicators' statuses counted. */
function countsLine(items: ItemView[], locale: Locale): string {
  const counts = new Map<Status, number>();
  for (const item of items) {
    if (item.form.item.kind !== "indicator" || !item.result?.value) continue;
    counts.set(item.result.status, (counts.get(item.result.status) ?? 0) + 1);
  }
  return (["green", "yellow", "red", "none"] as const)
    .filter((status) => counts.has(status))
    .map((status) => `${statusWord(status, locale)}: ${counts.get(status)}`)
    .join(" · ");
}
