// `rapportera [period] [enhet]`: opens the report card of the person's unit (or a picker when they
// report for several); `öppna rapport <period> <enhet>`: an admin reopens a closed report for a unit.
import { confirmationCard } from "../../../cards/confirmation-card";
import { changeLabels } from "../../../cards/change-labels";
import { t, words } from "../../../cards/words/t";
import type { Locale } from "../../../services/i18n/locale";
import { moment } from "../../../cards/report-text";
import { reportUnits } from "../../../cards/report-units-view";
import type { ReportingPeriod } from "../../../services/calendar";
import type { ReportChoice } from "../../../services/reporting/choose-report";
import { DomainError } from "../../../services/errors";
import type { Plan } from "../../../services/plan";
import { reporterFrom, REOPEN_WORKING_DAYS } from "../../../services/reporting";
import { reportCardFor } from "../../card-actions/report-actions";
import { roleCardFor } from "../../card-actions/role-report-actions";
import { requireActivePlan } from "../active-plan";
import { cardMessage, textMessage } from "../../replies";
import type { CommandHandler, ReportDeps } from "../command-handler";
import { day } from "../../../services/i18n/date-text";
import { actorId } from "../../../services/people/person";

export const reportCommand: CommandHandler<ReportDeps> = async (input, services) => {
  const reporter = reporterFrom(input.sender, input.isAdmin);
  // Every live plan: the person's open reports across plans (as unit reporter, deputy or in a
  // reporter role), side by side. A plan the person reports nothing in refuses, and is left out.
  const plans = (await services.livePlans.live()).map((state) => state.plan);
  if (plans.length === 0) plans.push(await requireActivePlan(services, input));
  const choices: { plan: Plan; choice: Extract<ReportChoice, { kind: "units" }> }[] = [];
  let noneOpen: Extract<ReportChoice, { kind: "noneOpen" }> | undefined;
  let firstError: unknown;
  for (const plan of plans) {
    try {
      const choice = await services.reporting.choose(plan, input.args, reporter);
      if (choice.kind === "noneOpen") noneOpen ??= choice;
      else choices.push({ plan, choice });
    } catch (error) {
      // Nothing to report in this plan, or a period or unit named that it does not have.
      if (plans.length === 1 || !(error instanceof DomainError)) throw error;
      firstError ??= error;
    }
    // A period or unit named: the first plan that has it answers.
    if (input.args.trim() && choices.length > 0) break;
  }
  if (choices.length === 0) {
    if (noneOpen) return [textMessage(noneOpenText(noneOpen.next, noneOpen.last, input.locale))];
    throw firstError;
  }
  const single = choices.length === 1;
  const messages = [];
  for (const { plan, choice } of choices) {
    const [only, ...others] = choice.units;
    if (single && only && others.length === 0) {
      const view = await services.reporting.open(
        { planId: plan.id, periodId: choice.period.id, unitId: only.unit.id },
        reporter,
      );
      messages.push(cardMessage(reportCardFor(view, services, input.locale).card));
    } else if (only) {
      messages.push(
        cardMessage(
          reportUnits(plan.id, choice, {
            locale: input.locale,
            timeZone: services.workingHours.timeZone,
            ...(single ? {} : { planName: plan.name }),
          }),
        ),
      );
    }
    // A reporter role's figures (HR's sjukfrånvaro for every unit) come in a card of their own.
    for (const role of choice.roles ?? []) {
      const view = await services.reporting.openRole(
        { planId: plan.id, periodId: choice.period.id, roleId: role.id },
        reporter,
      );
      messages.push(cardMessage(roleCardFor(view, services, input.locale).card));
    }
  }
  return messages;
};

export const reopenReportCommand: CommandHandler<ReportDeps> = async (input, services) => {
  const plan = await requireActivePlan(services, input);
  const actor = actorId(input.sender);
  const reopened = await services.reporting.reopen(plan, input.args, actor);
  const zone = services.workingHours.timeZone;
  const w = words(input.locale);
  return [
    cardMessage(
      confirmationCard({
        plan: `Plan: ${plan.name}`,
        title: w("reopen.title", { label: reopened.period.label, unit: reopened.unit.name }),
        labels: changeLabels(input.locale),
        changes: [
          {
            field: w("reopen.field"),
            before: reopened.before
              ? moment(reopened.before, zone, input.locale)
              : w("reopen.closed"),
            after: moment(reopened.until, zone, input.locale),
          },
        ],
        footer: w("reopen.footer", { days: REOPEN_WORKING_DAYS, periodId: reopened.period.id }),
      }),
    ),
  ];
};

function noneOpenText(
  next: ReportingPeriod | undefined,
  last: ReportingPeriod | undefined,
  locale: Locale,
): string {
  const date = (iso: string) => day(iso, locale);
  if (next) {
    return t(locale, "noneOpen.next", {
      label: next.label,
      opens: date(next.opens),
      deadline: date(next.deadline),
    });
  }
  if (!last) return t(locale, "noneOpen.allClosed");
  return t(locale, "noneOpen.allClosedLast", {
    label: last.label,
    deadline: date(last.deadline),
    periodId: last.id,
  });
}
