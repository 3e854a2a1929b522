// The `uppfoljning` command line: one subcommand per capability, each registered from its own file.
import { Command, CommanderError } from "commander";
import { CliExit, EXIT, type CliIo } from "./io";
import { version } from "../services/version";
import { registerRuleCommand } from "./commands/rule";
import { registerPlanCommands } from "./commands/plan";
import { registerExportCommand } from "./commands/export";
import { registerReminderCommands } from "./commands/reminders";
import { registerKoladaCommands } from "./commands/kolada";

/** The environment a command may configure itself from, through loadConfig only. */
type Env = Record<string, string | undefined>;

type Register = (program: Command, io: CliIo, env: Env) => void;

/** Each capability adds its subcommand here. */
const commands: Register[] = [
  registerRuleCommand,
  registerPlanCommands,
  registerExportCommand,
  registerReminderCommands,
  registerKoladaCommands,
];

/** `env` is passed to the commands; tests give their own instead of the process's. */
export async function runCli(argv: string[], io: CliIo, env: Env = process.env): Promise<number> {
  const program = new Command("uppfoljning")
    .description("Uppföljningsboten: uppföljning av verksamhetsplaner från kommandoraden.")
    .version(version, "-V, --version", "visa versionen")
    .helpOption("-h, --help", "visa hjälp")
    .exitOverride()
    .configureOutput({
      writeOut: (text) => io.out(text.trimEnd()),
      writeErr: (text) => io.err(text.trimEnd()),
    });
  for (const register of commands) register(program, io, env);
  try {
    await program.parseAsync(argv, { from: "user" });
    return EXIT.ok;
  } catch (error) {
    if (error instanceof CliExit) {
      io.err(error.message);
      return error.exitCode;
    }
    if (error instanceof CommanderError) {
      return error.exitCode === 0 ? EXIT.ok : EXIT.badInput;
    }
    io.err(`Oväntat fel: ${error instanceof Error ? error.message : String(error)}`);
    return EXIT.failed;
  }
}
