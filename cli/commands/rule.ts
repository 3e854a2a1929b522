// `uppfoljning rule "<regel>" <värde>`: judges one value by one rule text exactly as the bot
// does, so admins and engineers can try a plan's notation from the shell. It loads nothing but the
// rules: it starts in about the time of a bare `node`.
import { Option, type Command } from "commander";
import { CliExit, EXIT, type CliIo } from "../io";
import { flag, optionalChoice, optionalString, type OptionValues } from "../option-values";

const DIRECTIONS = ["higher", "lower"] as const;

/** Without zod: this command must start at once (option-values.ts). */
function ruleOptions(values: OptionValues) {
  return {
    baseline: optionalString(values, "baseline"),
    unitType: optionalString(values, "unitType"),
    direction: optionalChoice(values, "direction", DIRECTIONS),
    json: flag(values, "json"),
  };
}

/** With unknown options allowed (see below), a mistyped flag would otherwise be read as a rule. */
const LOOKS_LIKE_FLAG = /^--?[A-Za-z]/;

export function registerRuleCommand(program: Command, io: CliIo): void {
  program
    .command("rule")
    .description("Bedöm ett värde med en regel för status: skriver förklaringen och sist status.")
    .argument("<regel>", 'regeln som den står i planen, t.ex. "Grön 6,5 Gul 7"')
    .argument("<värde>", 'värdet att bedöma, t.ex. 6,8, "12 559", 87% eller ja')
    .option("--baseline <värde>", "jämförelsevärdet som en förändring mäts mot, t.ex. fg år")
    .option("--unit-type <namn>", "enhetstyp för regler med gränser per enhetstyp, t.ex. SÄBO")
    .addOption(
      new Option(
        "--direction <riktning>",
        "om högre eller lägre är bättre, när regeln inte säger det",
      ).choices(DIRECTIONS),
    )
    .option("--json", "skriv ett JSON-objekt i stället för text")
    // Rules such as "-10% jmf 2024 års utfall" start with a dash: they are arguments, not options.
    .allowUnknownOption()
    .allowExcessArguments()
    .action(async (ruleText: string, valueText: string, raw: OptionValues, command: Command) => {
      const args = command.args;
      const flag = args.find((arg) => LOOKS_LIKE_FLAG.test(arg));
      if (flag) {
        throw new CliExit(EXIT.badInput, `Okänd flagga ${flag}. Se uppfoljning rule --help.`);
      }
      if (args.length > 2) {
        throw new CliExit(
          EXIT.badInput,
          `För många argument (${args.length}). Skriv regeln inom citattecken: uppfoljning rule "Grön 6,5 Gul 7" 6,8`,
        );
      }
      const options = ruleOptions(raw);
      // Loaded here, not with the program: `--help` needs none of it.
      const { evaluateStatus, parseStatusRule, parseValue } = await import("../../services/rules");
      const { isDomainError } = await import("../../services/errors");
      try {
        const rule = parseStatusRule(ruleText);
        const baseline = options.baseline === undefined ? undefined : parseValue(options.baseline);
        const judgement = evaluateStatus(rule, valueText, {
          ...(baseline === undefined ? {} : { baseline }),
          ...(options.unitType === undefined ? {} : { unitType: options.unitType }),
          ...(options.direction === undefined ? {} : { direction: options.direction }),
        });
        if (options.json) {
          io.out(JSON.stringify({ ...judgement, rule }));
        } else {
          io.out(judgement.explanation);
          io.out(judgement.status);
        }
      } catch (error) {
        if (isDomainError(error)) throw new CliExit(EXIT.badInput, error.message);
        throw error;
      }
    });
}
