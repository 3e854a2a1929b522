// The answer to every invoke the bot has no handler for (a task module, a message extension, a tab,
// config, search, sign-in, or a name nobody knows). botbuilder answers those with an empty HTTP 501,
// which Teams shows as a spinner that gives up, or retries. Here each gets HTTP 200 with the body the
// invoke's own contract defines, saying in Swedish (or English) what the bot can do instead; an
// invoke with no such contract gets the `application/vnd.microsoft.error` body (400). Nothing is
// read or stored: the answer needs no storage, so it comes even when storage is down.
import type { InvokeResponse } from "botbuilder";
import { quickActionsCard } from "../cards/quick-actions-card";
import { t } from "../cards/words/t";
import type { Locale } from "../services/i18n/locale";
import { ERROR_CONTENT_TYPE } from "./invoke-errors";

export const UNSUPPORTED_CODE = "UnsupportedInvoke";
export const BAD_REQUEST_CODE = "BadRequest";

/**
 * What the bot answers an invoke botbuilder left unanswered (see `isUnhandled`): always status 200,
 * never an empty body. One botbuilder refused as malformed (its 400) gets the error body, 400.
 */
export function answerUnhandledInvoke(
  name: string | undefined,
  unhandled: InvokeResponse | undefined,
  locale: Locale,
): InvokeResponse {
  if (unhandled?.status === 400) {
    return ok({
      statusCode: 400,
      type: ERROR_CONTENT_TYPE,
      value: { code: BAD_REQUEST_CODE, message: t(locale, "invoke.malformed") },
    });
  }
  return unsupportedInvoke(name, locale);
}

/** The answer by the invoke's name: its own contract's message, else the error body. */
export function unsupportedInvoke(name: string | undefined, locale: Locale): InvokeResponse {
  const words = {
    title: t(locale, "invoke.unsupported.title"),
    text: t(locale, "invoke.unsupported.text"),
  };
  const sentence = `${words.title}. ${words.text}`;
  switch (name) {
    // Task modules (dialogs), and a message extension's action: a message box with the text.
    case "task/fetch":
    case "task/submit":
    case "composeExtension/fetchTask":
    case "composeExtension/submitAction":
      return ok({ task: { type: "message", value: sentence } });
    // Bot configuration (channel and group chat): the config answered with a message.
    case "config/fetch":
    case "config/submit":
      return ok({ responseType: "config", config: { type: "message", value: sentence } });
    // A message extension's search, item or link: a result of type message (plain text).
    case "composeExtension/query":
    case "composeExtension/selectItem":
    case "composeExtension/queryLink":
    case "composeExtension/anonymousQueryLink":
    case "composeExtension/querySettingUrl":
      return ok({ composeExtension: { type: "message", text: sentence } });
    // A tab: the card in its place.
    case "tab/fetch":
    case "tab/submit":
      return ok({
        tab: {
          type: "continue",
          value: {
            cards: [
              { card: quickActionsCard({ title: words.title, text: words.text, buttons: [] }) },
            ],
          },
        },
      });
    // Adaptive Card search (Input.ChoiceSet's dynamic choices): no results, said as the contract says.
    case "application/search":
      return ok({
        statusCode: 200,
        type: "application/vnd.microsoft.search.searchResponse",
        value: { results: [] },
      });
    default:
      return ok({
        statusCode: 400,
        type: ERROR_CONTENT_TYPE,
        value: { code: UNSUPPORTED_CODE, message: sentence },
      });
  }
}

/** botbuilder's own answer when nothing handled the invoke: 501, or 400 with no body. */
export function isUnhandled(response: InvokeResponse | undefined): boolean {
  if (!response) return true;
  return response.status === 501 || (response.status === 400 && response.body === undefined);
}

function ok(body: Record<string, unknown>): InvokeResponse {
  return { status: 200, body };
}
