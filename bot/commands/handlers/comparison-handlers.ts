// Admin commands about comparison values: what cannot be judged and why (`jämförelsevärden`), and
// setting one (`jämförelsevärde …`, audited, answered with a before/after card).
import { confirmationCard } from "../../../cards/confirmation-card";
import { changeLabels } from "../../../cards/change-labels";
import { t } from "../../../cards/words/t";
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
  const plan = await requireActivePlan(services, input);
  const periodId = input.args ? resolvePeriodId(plan, input.args) : undefined;
  const coverages = await services.comparisons.coverage(plan, periodId);
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
  const plan = await requireActivePlan(services, input);
  const actor = actorId(input.sender);
  const change = await services.comparisons.set(plan, input.args, actor);
  return [
    cardMessage(
      confirmationCard({
        plan: `Plan: ${plan.name}`,
        title: t(input.locale, "comparison.set"),
        summary: `${change.indicator.name} · ${change.unit?.name ?? t(input.locale, "comparison.wholeOrganisation")} · ${change.periodText}`,
        labels: changeLabels(input.locale),
        changes: [
          {
            field: t(input.locale, "comparison.field"),
            before: change.before ?? "–",
            after: change.after,
          },
        ],
        footer: t(input.locale, "comparison.footer"),
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
      `Perioden ”${text}” finns inte i planen. Perioderna är ${periods.map((p) => p.id).join(", ")}.`,
    );
  }
  return found.id;
}
