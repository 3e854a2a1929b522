// Admin commands about comparison values: what cannot be judged and why (`jämförelsevärden`), and
// setting one (`jämförelsevärde …`, audited, answered with a before/after card).
import { confirmationCard } from "../../../cards/confirmation-card";
import { coverageOfPlan, setComparison as setValue } from "../../../services/comparison";
import { findPeriod } from "../../../services/calendar";
import { DomainError } from "../../../services/errors";
import type { Plan } from "../../../services/plan";
import { cardMessage, textMessage } from "../../replies";
import { requireActivePlan } from "../active-plan";
import type { CommandHandler, ComparisonDeps } from "../command-handler";
import { actorId } from "../../../services/people/person";

/** Enough to act on, short enough for one chat message. */
const MAX_LINES = 30;

export const listComparisons: CommandHandler<ComparisonDeps> = async (input, services) => {
  const plan = await requireActivePlan(services);
  const periodId = input.args ? resolvePeriodId(plan, input.args) : undefined;
  const coverages = await coverageOfPlan(services.store, plan, periodId);
  const lines: string[] = [];
  let judged = 0;
  let cells = 0;
  for (const coverage of coverages) {
    judged += coverage.judged;
    cells += coverage.cells.length;
    for (const cell of coverage.cells) {
      if (!cell.judged)
        lines.push(
          `- **${coverage.periodId}** ${cell.indicator.id} · ${cell.unit.name}: ${cell.note ?? ""}`,
        );
    }
  }
  if (lines.length === 0) {
    return [textMessage(`Alla ${cells} indikatorer × enheter i ${plan.name} kan bedömas.`)];
  }
  const shown = lines.slice(0, MAX_LINES);
  const more =
    lines.length > MAX_LINES
      ? `\n\n… och ${lines.length - MAX_LINES} till. Hela listan: \`uppfoljning plan coverage ${plan.id} <period>\`.`
      : "";
  return [
    textMessage(
      `**${cells - judged} av ${cells}** indikatorer × enheter i ${plan.name} kan inte bedömas:\n\n${shown.join("\n")}${more}`,
    ),
  ];
};

export const setComparison: CommandHandler<ComparisonDeps> = async (input, services) => {
  const plan = await requireActivePlan(services);
  const actor = actorId(input.sender);
  const change = await setValue(
    { store: services.store, audit: services.audit, now: services.now },
    plan,
    input.args,
    actor,
  );
  const en = input.locale === "en";
  return [
    cardMessage(
      confirmationCard({
        title: en ? "Comparison value set" : "Jämförelsevärde inlagt",
        summary: `${change.indicator.name} · ${change.unit?.name ?? (en ? "the whole organisation" : "hela organisationen")} · ${change.periodText}`,
        labels: en
          ? { field: "What", before: "Before", after: "After" }
          : { field: "Vad", before: "Före", after: "Efter" },
        changes: [
          {
            field: en ? "Comparison value" : "Jämförelsevärde",
            before: change.before ?? "–",
            after: change.after,
          },
        ],
        footer: en
          ? "Reports are judged against it from now on. The change is in the audit log."
          : "Rapporterna bedöms mot det från och med nu. Ändringen finns i loggen.",
      }),
    ),
  ];
};

function resolvePeriodId(plan: Plan, text: string): string {
  const periods = plan.periods;
  const found = findPeriod(periods, text, plan.year);
  if (!found) {
    throw new DomainError(
      "BAD_ARGUMENT",
      `Perioden "${text}" finns inte i planen. Perioderna är ${periods.map((p) => p.id).join(", ")}.`,
    );
  }
  return found.id;
}
