// What the report form says above its items: whether and when the report was submitted, drafted or
// reopened, and why the card is shown again (draft saved, errors to correct, someone else's submit).
import type { Locale } from "../services/i18n/locale";
import type { ReportView } from "../services/reporting";
import type { ReportCardData } from "./report-card";
import { clip, moment } from "./report-text";

export function statusLine(view: ReportView, locale: Locale, timeZone: string): string {
  const en = locale === "en";
  const parts: string[] = [];
  const report = view.report;
  if (report?.submittedAt && view.version > 0) {
    parts.push(
      en
        ? `Submitted ${moment(report.submittedAt, timeZone, locale)} by ${report.submittedByName ?? report.submittedBy} (version ${view.version}). You can change it and submit again until the deadline.`
        : `Inskickad ${moment(report.submittedAt, timeZone, locale)} av ${report.submittedByName ?? report.submittedBy} (version ${view.version}). Du kan ändra och skicka in igen till och med sista dagen.`,
    );
  } else {
    parts.push(en ? "Not submitted yet." : "Inte inskickad än.");
  }
  if (view.draft) {
    parts.push(
      en
        ? `Draft saved ${moment(view.draft.savedAt, timeZone, locale)} by ${view.draft.savedByName}.`
        : `Utkast sparat ${moment(view.draft.savedAt, timeZone, locale)} av ${view.draft.savedByName}.`,
    );
  }
  if (view.onBehalfOf) {
    const who = view.onBehalfOf.join(", ");
    parts.push(
      en
        ? `You are reporting for ${view.unit.name} as an administrator${who ? `, for ${who}` : ""}.`
        : `Du rapporterar för ${view.unit.name} som administratör${who ? `, i stället för ${who}` : ""}.`,
    );
  }
  if (view.window === "reopened" && report?.reopenedUntil) {
    parts.push(
      en
        ? `Reopened by an administrator until ${moment(report.reopenedUntil, timeZone, locale)}.`
        : `Öppnad igen av en administratör till ${moment(report.reopenedUntil, timeZone, locale)}.`,
    );
  }
  return parts.join(" ");
}

export function noticeOf(
  view: ReportView,
  locale: Locale,
): Pick<ReportCardData, "notice" | "noticeStyle" | "noticeLines"> {
  const en = locale === "en";
  const outcome = view.outcome;
  switch (outcome.kind) {
    case "draftSaved":
      return {
        notice: en
          ? "✔ Draft saved. Each value's status is shown below it. Submit when you are done."
          : "✔ Utkastet är sparat. Statusen för varje värde visas under det. Skicka in när du är klar.",
        noticeStyle: "good",
        noticeLines: [],
      };
    case "invalid":
      return {
        notice: en
          ? `✖ ${outcome.errorCount} field(s) need correcting before the report can be submitted. Nothing was submitted; what you wrote is kept as a draft.`
          : `✖ ${outcome.errorCount} fält behöver rättas innan rapporten kan skickas in. Inget skickades in; det du skrev är sparat som utkast.`,
        noticeStyle: "attention",
        noticeLines: errorLines(view),
      };
    case "conflict":
      return {
        notice: en
          ? "▲ Someone else submitted this report after you opened the card. The card now shows what is submitted. What you wrote below was not saved: enter it again if it should stay."
          : "▲ Någon annan skickade in rapporten efter att du öppnade kortet. Kortet visar nu det som är inskickat. Det här skrev du men det sparades inte; skriv in det igen om det ska gälla:",
        noticeStyle: "warning",
        noticeLines: outcome.unsent.map((line) => `${line.title}: ${line.yours}`),
      };
    case "opened":
    case "submitted":
      return { notice: "", noticeStyle: "emphasis", noticeLines: [] };
  }
}

/** Each field with an error, so errors on other pages are not missed. */
function errorLines(view: ReportView): string[] {
  const lines = view.items.flatMap((item) => {
    const messages = Object.values(item.checked.errors).filter(Boolean);
    if (messages.length === 0) return [];
    const plan = item.form.item;
    return [`${plan.kind === "question" ? clip(plan.text, 60) : plan.name}: ${messages.join(" ")}`];
  });
  return lines.length > 10 ? [...lines.slice(0, 10), `… (${lines.length - 10})`] : lines;
}
