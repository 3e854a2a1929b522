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
import { words } from "./words/t";

export function reportReceipt(
  view: ReportView,
  options: { locale: Locale; timeZone: string },
): AdaptiveCard {
  const { locale, timeZone } = options;
  const t = REPORT_TEXT[locale];
  const w = words(locale);
  const writable = isWritable(view.window);
  const submitted = view.outcome.kind === "submitted";
  const items = view.items.map((item) => ({ ...item.form, card: receiptItem(item, locale) }));
  const report = view.report;
  const submittedLine =
    report?.submittedAt && view.version > 0
      ? w("report.submittedLine", {
          when: moment(report.submittedAt, timeZone, locale),
          name: report.submittedByName ?? report.submittedBy ?? "",
          version: view.version,
        })
      : w("report.noneSubmitted");
  const closedNotice = w("report.closedNotice", {
    label: view.period.label,
    deadline: day(view.period.deadline, locale),
    periodId: view.period.id,
    unit: view.unit.name,
  });

  return fitToCard(items.length, (shown) => {
    const more = items.length - shown;
    return reportReceiptCard({
      title: submitted
        ? w("report.submittedTitle", { label: view.period.label, unit: view.unit.name })
        : `${t.title(view.period.label, view.unit.name)}${writable ? "" : w("report.closed")}`,
      subtitle: `${view.plan.name} · ${t.deadline} ${day(view.period.deadline, locale)}`,
      submitted: submittedLine,
      notice: writable ? "" : closedNotice,
      noticeStyle: "warning",
      counts: countsLine(view.items, locale),
      areas: groupItems(items.slice(0, shown)),
      more: more > 0 ? w("report.moreAnswers", { count: more, edit: t.edit }) : "",
      footer: writable
        ? w("report.changeUntil", { deadline: day(view.period.deadline, locale) })
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
  const notAnswered = words(locale)("report.notAnswered");
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
        lines: comment,
      };
    }
    case "activity":
      return {
        title: plan.name,
        statusText: stateLabel(result?.activityState, locale) || notAnswered,
        statusColor: stateColor(result?.activityState),
        explanation: "",
        lines: comment,
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
