// Pressing card buttons as Teams does: Action.Execute invokes with the card's data and its inputs'
// current values; and reading a card's inputs and actions. For every test that drives a card.
import { personalActivity, type BotHarness, type TestUser } from "./bot-harness";

export type Card = Record<string, unknown>;

export interface InvokeAnswer {
  status: number;
  card?: Card;
  message?: string;
  /** An `application/vnd.microsoft.error` answer: the status Teams shows and the text. */
  error?: { statusCode: unknown; code: unknown; message: unknown };
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
  const answer = body as { type?: string; value?: unknown; statusCode?: unknown } | undefined;
  if (answer?.type === "application/vnd.microsoft.card.adaptive") {
    return { status, card: answer.value as Card };
  }
  if (answer?.type === "application/vnd.microsoft.error") {
    const value = (answer.value ?? {}) as { code?: unknown; message?: unknown };
    return {
      status,
      error: { statusCode: answer.statusCode, code: value.code, message: value.message },
    };
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
/**
 * Every input of a report card filled the way a careful chef would (a value, a narrative answer, a
 * state for the activity and each milestone), over which a test writes its own.
 */
export function filledAnswers(
  card: Card | undefined,
  own: Record<string, string>,
  fill: { value: string; text: string; state: string } = {
    value: "75",
    text: "Enligt plan.",
    state: "done",
  },
): Record<string, string> {
  const answers: Record<string, string> = {};
  for (const key of Object.keys(inputsOf(card))) {
    if (key.startsWith("v:")) answers[key] = fill.value;
    else if (key.startsWith("t:")) answers[key] = fill.text;
    else if (key.startsWith("s:") || key.startsWith("m:")) answers[key] = fill.state;
  }
  return { ...answers, ...own };
}

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
