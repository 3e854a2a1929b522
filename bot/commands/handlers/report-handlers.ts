// `rapportera [period] [enhet]`: opens the report card of the person's unit (or a picker when they
// report for several); `öppna rapport <period> <enhet>`: an admin reopens a closed report for a unit.
import { confirmationCard } from "../../../cards/confirmation-card";
import { moment } from "../../../cards/report-text";
import { reportUnits } from "../../../cards/report-units-view";
import type { ReportingPeriod } from "../../../services/calendar";
import {
  chooseReport,
  openReport,
  reopenReport,
  reporterFrom,
  REOPEN_WORKING_DAYS,
} from "../../../services/reporting";
import { reportCardFor } from "../../card-actions/report-actions";
import { requireActivePlan } from "../active-plan";
import { cardMessage, textMessage } from "../../replies";
import type { CommandHandler, ReportDeps } from "../command-handler";
import { day } from "../../../services/i18n/date-text";
import { actorId } from "../../../services/people/person";

export const reportCommand: CommandHandler<ReportDeps> = async (input, services) => {
  const plan = await requireActivePlan(services);
  const reporter = reporterFrom(input.sender, input.isAdmin);
  const choice = await chooseReport(services, plan, input.args, reporter);
  const en = input.locale === "en";
  if (choice.kind === "noneOpen") {
    return [textMessage(noneOpenText(choice.next, choice.last, en))];
  }
  const [only, ...others] = choice.units;
  if (only && others.length === 0) {
    const view = await openReport(
      services,
      { planId: plan.id, periodId: choice.period.id, unitId: only.unit.id },
      reporter,
    );
    return [cardMessage(reportCardFor(view, services, input.locale).card)];
  }
  return [
    cardMessage(
      reportUnits(plan.id, choice, {
        locale: input.locale,
        timeZone: services.workingHours.timeZone,
      }),
    ),
  ];
};

export const reopenReportCommand: CommandHandler<ReportDeps> = async (input, services) => {
  const plan = await requireActivePlan(services);
  const actor = actorId(input.sender);
  const reopened = await reopenReport(services, plan, input.args, actor);
  const zone = services.workingHours.timeZone;
  const en = input.locale === "en";
  return [
    cardMessage(
      confirmationCard({
        title: en
          ? `${reopened.period.label} reopened for ${reopened.unit.name}`
          : `${reopened.period.label} öppnad igen för ${reopened.unit.name}`,
        labels: en
          ? { field: "What", before: "Before", after: "After" }
          : { field: "Vad", before: "Före", after: "Efter" },
        changes: [
          {
            field: en ? "Can be changed until" : "Kan ändras till",
            before: reopened.before
              ? moment(reopened.before, zone, input.locale)
              : en
                ? "Closed"
                : "Stängd",
            after: moment(reopened.until, zone, input.locale),
          },
        ],
        footer: en
          ? `The unit's reporters can change and submit the report for ${REOPEN_WORKING_DAYS} working days (write report ${reopened.period.id}). The change is in the audit log.`
          : `Enhetens rapportörer kan ändra och skicka in rapporten i ${REOPEN_WORKING_DAYS} arbetsdagar (rapportera ${reopened.period.id}). Ändringen finns i granskningsloggen.`,
      }),
    ),
  ];
};

function noneOpenText(
  next: ReportingPeriod | undefined,
  last: ReportingPeriod | undefined,
  en: boolean,
): string {
  const date = (iso: string) => day(iso, en ? "en" : "sv");
  if (next) {
    return en
      ? `No period is open for reporting now. Next: ${next.label} opens ${date(next.opens)} (deadline ${date(next.deadline)}). I will remind you.`
      : `Ingen period är öppen för rapportering just nu. Nästa: ${next.label} öppnar ${date(next.opens)} (sista dag ${date(next.deadline)}). Jag påminner dig när det är dags.`;
  }
  return en
    ? `Every period of the plan is closed${last ? `; the last one, ${last.label}, closed ${date(last.deadline)}. Write report ${last.id} to see what was reported` : ""}.`
    : `Alla planens perioder är stängda${last ? `; den senaste, ${last.label}, stängde ${date(last.deadline)}. Skriv rapportera ${last.id} för att se vad som rapporterades` : ""}.`;
}
