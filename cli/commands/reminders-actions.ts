// `uppfoljning reminders run-due`: one tick of the reminder scheduler, for cron or an Azure
// Functions timer when the bot runs no tick of its own (REMINDERS_ENABLED=false): sends what is
// due, through the same lease and outbox as the bot, so running it beside a bot that does tick is
// harmless. `uppfoljning reminders status`: the active plan's schedule.
import type { Command } from "commander";
import { DateTime } from "luxon";
import { createReminderRuntime } from "../../bot/scheduler";
import { createLogger } from "../../services/logging/logger";
import { clockStartingAt, JobStore, systemClock } from "../../services/reminders";
import { OrganisationSettings } from "../../services/settings/organisation-settings";
import { AuditLog } from "../../services/audit/audit-log";
import type { CliIo } from "../io";
import { withStorage, type Env } from "../with-storage";

export function registerReminderCommands(program: Command, io: CliIo, env: Env): void {
  const reminders = program
    .command("reminders")
    .description("Påminnelser: kör schemat en gång (cron), visa schemat.");

  reminders
    .command("run-due")
    .description(
      "Skicka de påminnelser som är förfallna och gör klart det som en annan instans lämnat halvgjort.",
    )
    .action(async () => {
      await withStorage(env, async (store, config) => {
        // Logs go to stderr: stdout is the command's answer.
        const logger = createLogger(config.logLevel, process.stderr);
        const clock = config.clockStart ? clockStartingAt(config.clockStart) : systemClock;
        const runtime = createReminderRuntime({ config, logger, store, clock });
        try {
          const result = await runtime.runDue();
          if (!result.ran) {
            io.out(
              result.holder
                ? `En annan instans (${result.holder.holder}) kör påminnelserna till ${result.holder.expiresAt}: inget att göra här.`
                : "Påminnelserna kördes inte (stoppad).",
            );
            return;
          }
          io.out(
            `Påminnelser: ${result.due} steg förfallna, ${result.missed} missade, ${result.done} jobb klara` +
              (result.stopped ? " (avbruten: körs klart nästa gång)." : "."),
          );
        } finally {
          await runtime.stop();
        }
      });
    });

  reminders
    .command("status")
    .description(
      "Visa den aktiva planens påminnelseschema: när varje steg går ut och hur det gick.",
    )
    .action(async () => {
      await withStorage(env, async (store, config) => {
        const settings = new OrganisationSettings(store, new AuditLog(store));
        const planId = await settings.getActivePlanId();
        if (!planId) {
          io.out("Ingen plan är aktiv än.");
          return;
        }
        const jobs = (await new JobStore(store, () => new Date()).list(planId)).sort((a, b) =>
          a.at.localeCompare(b.at),
        );
        if (jobs.length === 0)
          io.out(`Inget schema för ${planId} än: det skrivs vid första körningen.`);
        for (const job of jobs) {
          const at = DateTime.fromISO(job.at, { zone: config.timeZone }).toFormat(
            "yyyy-MM-dd HH:mm",
          );
          const counts = job.counts
            ? ` skickade ${job.counts.sent}, rapporterat ${job.counts.reported}, nås inte ${job.counts.unreachable}, misslyckade ${job.counts.failed}`
            : "";
          io.out(`${at}  ${job.periodId}  ${job.stepKey}  ${job.state}${counts}`);
        }
      });
    });
}
