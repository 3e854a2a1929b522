// `uppfoljning reminders run-due`: one tick of the reminder scheduler, for cron or an Azure
// Functions timer when the bot runs no tick of its own (REMINDERS_ENABLED=false): sends what is
// due, through the same lease and outbox as the bot, so running it beside a bot that does tick is
// harmless. `uppfoljning reminders status`: every plan's schedule. The actions, and with
// them the bot's Teams messenger, are loaded only when one runs (reminders-actions.ts).
import type { Command } from "commander";
import type { CliIo } from "../io";
import type { Env } from "../with-storage";

const actions = () => import("./reminders-actions");

export function registerReminderCommands(program: Command, io: CliIo, env: Env): void {
  const reminders = program
    .command("reminders")
    .description("Påminnelser: kör schemat en gång (cron), visa schemat.");

  reminders
    .command("run-due")
    .description(
      "Skicka de påminnelser som är förfallna och gör klart det som en annan instans lämnat halvgjort.",
    )
    .action(async () => (await actions()).runDue(io, env));

  reminders
    .command("status")
    .description("Visa planernas påminnelseschema: när varje steg går ut och hur det gick.")
    .action(async () => (await actions()).showStatus(io, env));
}
