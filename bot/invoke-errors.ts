// Answers to an invoke (a card button) that went wrong: Teams expects HTTP 200 with an
// `application/vnd.microsoft.error` body carrying the status (400, 403, 500), so the person sees
// the message on the card instead of a spinner that gives up, and Teams does not retry.
import { INVOKE_RESPONSE_KEY, type TurnContext } from "botbuilder";

export const ERROR_CONTENT_TYPE = "application/vnd.microsoft.error";

export type InvokeErrorStatus = 400 | 403 | 500;

export async function answerInvokeWithError(
  context: TurnContext,
  statusCode: InvokeErrorStatus,
  code: string,
  message: string,
): Promise<void> {
  if (context.turnState.get(INVOKE_RESPONSE_KEY)) return; // already answered
  await context.sendActivity({
    type: "invokeResponse",
    value: {
      status: 200,
      body: { statusCode, type: ERROR_CONTENT_TYPE, value: { code, message } },
    },
  });
}
