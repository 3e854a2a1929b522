// What `uppfoljning reminders …` does, loaded only when one of its subcommands runs
// (reminders.ts declares them). `run-due` needs the bot's Teams messenger: it is loaded here, not
// when the CLI starts.
import { DateTime } from "luxon";
import { JobStore } from "../../services/reminders/job-store";
import { listPlans } from "../../services/plan";
import type { CliIo } from "../io";
import { withSetting, withStorage, type Env } from "../with-storage";

export async function runDue(io: CliIo, env: Env): Promise<void> {
  const { composeBot } = await import("../../bot/compose-bot");
  await withSetting(env, async (setting) => {
    const runtime = composeBot(setting).reminders;
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
}

export async function showStatus(io: CliIo, env: Env): Promise<void> {
  await withStorage(env, async ({ store, settings, config }) => {
    const archived = await settings.plans.archived();
    // Every plan that is not archived: each is scheduled while it is live (docs/reminders.md).
    const planIds = (await listPlans(store))
      .map((listing) => listing.planId)
      .filter((id) => !archived.has(id));
    if (planIds.length === 0) {
      io.out("Ingen plan är inläst än.");
      return;
    }
    for (const planId of planIds) {
      const jobs = (await new JobStore(store, () => new Date()).list(planId)).sort((a, b) =>
        a.at.localeCompare(b.at),
      );
      if (planIds.length > 1) io.out(`${planId}:`);
      if (jobs.length === 0)
        io.out(`Inget schema för ${planId} än: det skrivs vid första körningen.`);
      for (const job of jobs) {
        const at = DateTime.fromISO(job.at, { zone: config.timeZone }).toFormat("yyyy-MM-dd HH:mm");
        const counts = job.counts
          ? ` skickade ${job.counts.sent}, rapporterat ${job.counts.reported}, nås inte ${job.counts.unreachable}, misslyckade ${job.counts.failed}`
          : "";
        const merged = job.mergedInto ? `  (skickad med ${job.mergedInto})` : "";
        io.out(`${at}  ${job.periodId}  ${job.stepKey}  ${job.state}${counts}${merged}`);
      }
    }
  });
}
