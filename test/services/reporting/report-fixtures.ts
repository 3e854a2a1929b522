// Helpers for the report tests: send a report card's actions as Teams does (Action.Execute invokes
// with the card's data and its inputs' current values), and read inputs and actions from a card.
import { personalActivity, type BotHarness, type TestUser } from "../../support/bot-harness";

export type Card = Record<string, unknown>;

export interface InvokeAnswer {
  status: number;
  card?: Card;
  message?: string;
}

export async function invoke(
  bot: BotHarness,
  user: TestUser,
  verb: string,
  data: unknown,
): Promise<InvokeAnswer> {
  const { status, body } = await bot.post({
    ...personalActivity(user, bot.connector.url),
    type: "invoke",
    name: "adaptiveCard/action",
    value: { action: { type: "Action.Execute", verb, data } },
  });
  const answer = body as { type?: string; value?: unknown } | undefined;
  if (answer?.type === "application/vnd.microsoft.card.adaptive") {
    return { status, card: answer.value as Card };
  }
  return { status, message: typeof answer?.value === "string" ? answer.value : undefined };
}

/** Every input of a card by id, with the value it shows. */
export function inputsOf(card: Card | undefined): Record<string, string> {
  const inputs: Record<string, string> = {};
  walk(card, (node) => {
    if (
      typeof node.type === "string" &&
      node.type.startsWith("Input.") &&
      typeof node.id === "string"
    ) {
      inputs[node.id] = typeof node.value === "string" ? node.value : "";
    }
  });
  return inputs;
}

/** The Action.Execute actions of a card: verb, title and data. */
export function actionsOf(card: Card | undefined): { verb: string; title: string; data: Card }[] {
  const actions: { verb: string; title: string; data: Card }[] = [];
  walk(card, (node) => {
    if (node.type === "Action.Execute" && typeof node.verb === "string") {
      actions.push({
        verb: node.verb,
        title: String(node.title ?? ""),
        data: (node.data ?? {}) as Card,
      });
    }
  });
  return actions;
}

export function actionData(card: Card | undefined, verb: string, title?: string): Card {
  const action = actionsOf(card).find((a) => a.verb === verb && (!title || a.title === title));
  if (!action) throw new Error(`no ${verb} action${title ? ` "${title}"` : ""} in the card`);
  return action.data;
}

/** Presses a button as Teams does: the action's data with every input's value, changed by `fill`. */
export function press(
  bot: BotHarness,
  user: TestUser,
  card: Card | undefined,
  verb: string,
  fill: Record<string, string> = {},
  title?: string,
): Promise<InvokeAnswer> {
  return invoke(bot, user, verb, { ...actionData(card, verb, title), ...inputsOf(card), ...fill });
}

function walk(node: unknown, visit: (node: Record<string, unknown>) => void): void {
  if (Array.isArray(node)) node.forEach((child) => walk(child, visit));
  else if (node && typeof node === "object") {
    const record = node as Record<string, unknown>;
    visit(record);
    for (const [key, value] of Object.entries(record)) {
      if (key !== "fallback") walk(value, visit);
    }
  }
}

/**
 * A plan with many items for one unit (reported by megan.b): `areas` goal areas of two goals, each
 * goal with `indicators` indicators (per cent, "Grön 80 Gul 70"), one activity and one question.
 */
export function largePlan(areas: number, indicators: number): Record<string, unknown> {
  return {
    id: "stor-plan-2025",
    organisation: "Storkommun",
    year: 2025,
    name: "Stor plan 2025",
    periods: [{ id: "T1", kind: "tertial", label: "Tertial 1" }],
    people: [{ upn: "megan.b@example.se", name: "Megan Bowen" }],
    units: [
      { id: "forvaltning", name: "Förvaltningen" },
      {
        id: "enhet-1",
        name: "Enhet 1",
        parent: "forvaltning",
        reporters: ["megan.b@example.se"],
      },
    ],
    goalAreas: Array.from({ length: areas }, (_, a) => ({
      id: `omrade-${a}`,
      name: `Målområde ${a + 1}: ${"en lång rubrik för målområdet ".repeat(2).trim()}`,
      goals: Array.from({ length: 2 }, (_, g) => ({
        id: `mal-${a}-${g}`,
        name: `Mål ${a + 1}.${g + 1}`,
        indicators: Array.from({ length: indicators }, (_, i) => ({
          id: `ind-${a}-${g}-${i}`,
          name: `Indikator ${a + 1}.${g + 1}.${i + 1} med ett namn som planen skriver ut i sin helhet`,
          unitOfMeasure: "%",
          valueType: "percent",
          rule: "Grön 80 Gul 70",
          target: "80 %",
        })),
        activities: [{ id: `akt-${a}-${g}`, name: `Aktivitet ${a + 1}.${g + 1}` }],
        questions: [{ id: `fraga-${a}-${g}`, text: `Beskriv arbetet med mål ${a + 1}.${g + 1}.` }],
      })),
    })),
  };
}
