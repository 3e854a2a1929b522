// Runs a parsed command: checks where it was said, asks the access policy whether this person may
// (before anything is read), then calls its handler.
import type { Activity } from "botbuilder";
import { DomainError } from "../../services/errors";
import { authorize } from "../access-check";
import type { BotServices } from "../services";
import type { CommandHandler, CommandTurn } from "./command-handler";
import type { CommandId } from "./catalog";
import type { ParsedCommand } from "./parse-command";
import { buildHelpCard } from "./help";
import { cardMessage } from "../replies";
import { adminAdd, adminList, adminRemove, leadershipChannel } from "./handlers/admin-handlers";
import { leadershipAdd, leadershipList, leadershipRemove } from "./handlers/leadership-handlers";
import { importPlanCommand } from "./handlers/plan-handlers";
import { assignResponsible, listResponsibles } from "./handlers/responsibles-handlers";
import { exportCommand, summarizeCommand } from "./handlers/summary-handlers";
import { listPeriods, setDeadline, setOpens, setReminderDays } from "./handlers/calendar-handlers";
import { remindNow } from "./handlers/remind-handlers";
import { reopenReportCommand, reportCommand } from "./handlers/report-handlers";
import { listComparisons, setComparison } from "./handlers/comparison-handlers";
import { absence, deputies } from "./handlers/deputy-handlers";
import {
  adminScopeCommand,
  archivePlanCommand,
  restorePlanCommand,
  choosePlanCommand,
  listPlansCommand,
  planChoiceCard,
} from "./handlers/plans-handlers";
import { PlanChoiceNeeded } from "./active-plan";
import { actorId } from "../../services/people/person";

export type { CommandHandler, CommandInput, CommandTurn } from "./command-handler";

// The one place every handler is reached from, so the one that holds the whole BotServices: each
// handler takes the part of it that its deps type names.
const handlers: Record<CommandId, CommandHandler<BotServices>> = {
  help: async ({ locale, isAdmin }) => [cardMessage(buildHelpCard(locale, isAdmin))],
  importPlan: importPlanCommand,
  listResponsibles,
  exportPeriod: exportCommand,
  summarize: summarizeCommand,
  assignResponsible,
  listPeriods,
  report: reportCommand,
  reopenReport: reopenReportCommand,
  setDeadline,
  setOpens,
  setReminderDays,
  remindNow,
  adminAdd,
  adminRemove,
  adminList,
  leadershipChannel,
  leadershipAdd,
  leadershipRemove,
  leadershipList,
  listComparisons,
  setComparison,
  deputies,
  absence,
  listPlans: listPlansCommand,
  choosePlan: choosePlanCommand,
  archivePlan: archivePlanCommand,
  restorePlan: restorePlanCommand,
  adminScope: adminScopeCommand,
};

export class CommandRouter {
  constructor(private readonly services: BotServices) {}

  async run(command: ParsedCommand, turn: CommandTurn): Promise<Partial<Activity>[]> {
    const { spec } = command;
    const inChannel = turn.context.activity.conversation?.conversationType === "channel";
    if (spec.where === "personal" && inChannel) {
      throw new DomainError(
        "BAD_ARGUMENT",
        `Kommandot ${spec.usage.sv} används i den privata chatten med mig, inte i en kanal.`,
      );
    }
    if (spec.where === "channel" && !inChannel) {
      throw new DomainError(
        "BAD_ARGUMENT",
        `Kommandot ${spec.usage.sv} skrivs i en kanal i ett team där jag finns, med @-omnämnande.`,
      );
    }
    const actor = await authorize(this.services, turn.context, turn.sender, {
      access: spec.access,
      what: spec.id,
    });
    try {
      return await handlers[spec.id](
        { ...turn, args: command.args, actor, isAdmin: actor.isAdmin },
        this.services,
      );
    } catch (error) {
      if (!(error instanceof PlanChoiceNeeded)) throw error;
      // Several live plans and none chosen: refused, with a button per plan.
      const typed = `${command.spec.words[command.language][0] ?? ""} ${command.args}`.trim();
      return [
        cardMessage(
          await planChoiceCard(this.services, error.choices, {
            admin: actorId(turn.sender),
            locale: turn.locale,
            purpose: spec.id === "leadershipChannel" ? "channel" : "work",
            command: typed,
          }),
          error.message,
        ),
      ];
    }
  }
}
