// The report card's actions: open (also the reminders' "Rapportera nu"), save a draft, move between
// pages, submit. Each parses the card's data, calls one reporting use case, and answers with the
// card that replaces the one acted on: the form, the receipt, or the read-only report.
import { reportFormCard } from "../../cards/report-form-view";
import { reportReceipt } from "../../cards/report-receipt-view";
import { reportUnits } from "../../cards/report-units-view";
import type { Locale } from "../../services/i18n/locale";
import {
  isWritable,
  parseOpenRequest,
  parseSubmission,
  reporterFrom,
  type ReportView,
} from "../../services/reporting";
import type { Uses } from "../services";
import { roleCardFor } from "./role-report-actions";
import type { CardActionHandler, CardActionResult } from "./card-action-router";

export type ReportActionDeps = Uses<"plans" | "reporting" | "workingHours">;

export const openReportAction: CardActionHandler<ReportActionDeps> = async (
  { sender, isAdmin, locale, data },
  services,
) => {
  const request = parseOpenRequest(data);
  const reporter = reporterFrom(sender, isAdmin);
  let unitId = request.unitId;
  if (!unitId) {
    // A reminder names the plan and period only: the person's units decide.
    const plan = await services.plans.require(request.planId);
    const choice = await services.reporting.choose(plan, request.periodId, reporter);
    if (choice.kind === "noneOpen") {
      return { kind: "message", text: "Perioden är inte öppen för rapportering." };
    }
    const [only, ...others] = choice.units;
    const [role] = choice.roles ?? [];
    if (!only && role) {
      // Someone who reports only as a role (HR): the reminder opens the role's card.
      const view = await services.reporting.openRole(
        { planId: plan.id, periodId: choice.period.id, roleId: role.id },
        reporter,
      );
      return roleCardFor(view, services, locale);
    }
    if (!only || others.length > 0) {
      return { kind: "card", card: reportUnits(plan.id, choice, options(services, locale)) };
    }
    unitId = only.unit.id;
  }
  const view = await services.reporting.open({ ...request, unitId }, reporter);
  return reportCardFor(view, services, locale);
};

export const saveDraftAction: CardActionHandler<ReportActionDeps> = async (
  { sender, isAdmin, locale, data },
  services,
) =>
  reportCardFor(
    await services.reporting.saveDraft(parseSubmission(data), reporterFrom(sender, isAdmin)),
    services,
    locale,
  );

/** Moving between pages keeps what was typed as a draft, exactly as Spara utkast does. */
export const pageAction: CardActionHandler<ReportActionDeps> = saveDraftAction;

export const submitAction: CardActionHandler<ReportActionDeps> = async (
  { sender, isAdmin, locale, data },
  services,
) =>
  reportCardFor(
    await services.reporting.submit(parseSubmission(data), reporterFrom(sender, isAdmin)),
    services,
    locale,
  );

/** The form while the report can be written, the receipt after a submit, else the read-only view. */
export function reportCardFor(
  view: ReportView,
  services: Uses<"workingHours">,
  locale: Locale,
): CardActionResult & { kind: "card" } {
  const showForm = isWritable(view.window) && view.outcome.kind !== "submitted";
  return {
    kind: "card",
    card: showForm
      ? reportFormCard(view, options(services, locale))
      : reportReceipt(view, options(services, locale)),
  };
}

function options(services: Uses<"workingHours">, locale: Locale) {
  return { locale, timeZone: services.workingHours.timeZone };
}
