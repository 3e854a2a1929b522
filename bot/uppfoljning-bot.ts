// The Teams edge: turns each incoming activity into one call of a service or command, and the result
// into a reply. No domain logic lives here.
import {
  TeamsActivityHandler,
  TurnContext,
  type AdaptiveCardInvokeResponse,
  type AdaptiveCardInvokeValue,
  type FileConsentCardResponse,
  type InvokeResponse,
} from "botbuilder";
import { acceptFileConsent } from "./file-consent";
import { CARD_CONTENT_TYPE } from "../cards/render";
import { t } from "../cards/words/t";
import { plainText } from "../cards/plain-text";
import { runCardAction, type CardActionResult } from "./card-actions";
import { DomainError } from "../services/errors";
import { chosenLocale, type Locale } from "../services/i18n/locale";
import { greetingCard, notUnderstoodCard } from "./commands/greeting";
import { suggestCommand } from "./commands/suggest-command";
import { parseCommand, normaliseText } from "./commands/parse-command";
import { resolveSender, resolveSenderAddress, tenantOf } from "./identity";
import type { Person } from "../services/people/person";
import { rememberSender } from "../services/people/remember-sender";
import { withinTurn } from "../services/shared-state/shared-version";
import { cardMessage, textMessage } from "./replies";
import type { BotServices } from "./services";
import { CommandRouter } from "./commands/router";
import { answerUnhandledInvoke, isUnhandled } from "./unsupported-invokes";

export class UppfoljningBot extends TeamsActivityHandler {
  private readonly router: CommandRouter;

  constructor(private readonly services: BotServices) {
    super();
    this.router = new CommandRouter(services);

    this.onMessage(async (context, next) => {
      await this.handleMessage(context);
      await next();
    });
    this.onInstallationUpdateAdd(async (context, next) => {
      await this.welcome(context);
      await next();
    });
    this.onInstallationUpdateRemove(async (context, next) => {
      await this.farewell(context);
      await next();
    });
    this.onMembersAdded(async (context, next) => {
      const botId = context.activity.recipient.id;
      if ((context.activity.membersAdded ?? []).some((member) => member.id === botId)) {
        await this.welcome(context);
      }
      await next();
    });
    this.onMembersRemoved(async (context, next) => {
      const botId = context.activity.recipient.id;
      if ((context.activity.membersRemoved ?? []).some((member) => member.id === botId)) {
        await this.farewell(context);
      }
      await next();
    });
  }

  /** A turn reads the shared version of plans, calendars and admins once (services/shared-state). */
  override run(context: TurnContext): Promise<void> {
    return withinTurn(() => super.run(context));
  }

  /** Every invoke gets a defined answer: one the bot does not handle is told what it can do. */
  protected override async onInvokeActivity(context: TurnContext): Promise<InvokeResponse> {
    const response = await super.onInvokeActivity(context);
    if (!isUnhandled(response)) return response;
    this.services.logger.info(
      { name: context.activity.name?.slice(0, 64) },
      "invoke not handled: answered",
    );
    return answerUnhandledInvoke(context.activity.name, response, this.localeOf(context));
  }

  /** Action.Execute: the result replaces the card in place (or is shown as a message). */
  protected override async onAdaptiveCardInvoke(
    context: TurnContext,
    invokeValue: AdaptiveCardInvokeValue,
  ): Promise<AdaptiveCardInvokeResponse> {
    const action = invokeValue.action as { verb?: unknown; data?: unknown } | undefined;
    const result = await this.runCardAction(context, action?.verb, action?.data);
    if (result.kind === "card" && result.then) await this.runTyped(context, result.then);
    if (result.kind === "card") {
      return {
        statusCode: 200,
        type: CARD_CONTENT_TYPE,
        value: result.card as unknown as Record<string, unknown>,
      };
    }
    return {
      statusCode: 200,
      type: "application/vnd.microsoft.activity.message",
      value: result.text as unknown as Record<string, unknown>,
    };
  }

  /** The person accepted a file the bot offered (the period export): upload it and show the file. */
  protected override async handleTeamsFileConsentAccept(
    context: TurnContext,
    response: FileConsentCardResponse,
  ): Promise<void> {
    await acceptFileConsent(this.services, context, response);
  }

  protected override async handleTeamsFileConsentDecline(context: TurnContext): Promise<void> {
    await context.sendActivity(textMessage("Okej, ingen fil skickades."));
  }

  /** The Action.Submit fallback: a message whose `value` carries the verb and the card's data. */
  private async handleSubmit(context: TurnContext, value: Record<string, unknown>): Promise<void> {
    const { verb, ...data } = value;
    const result = await this.runCardAction(context, verb, data);
    if (result.kind === "card" && result.then) await this.runTyped(context, result.then);
    const replyToId = context.activity.replyToId;
    if (result.kind === "card" && replyToId) {
      await context.updateActivity({ ...cardMessage(result.card), id: replyToId });
    } else if (result.kind === "card") {
      await context.sendActivity(cardMessage(result.card));
    } else {
      await context.sendActivity(textMessage(result.text));
    }
  }

  private runCardAction(
    context: TurnContext,
    verb: unknown,
    data: unknown,
  ): Promise<CardActionResult> {
    return runCardAction(this.services, context, this.localeOf(context), verb, data);
  }

  private async handleMessage(context: TurnContext): Promise<void> {
    const value = context.activity.value as unknown;
    if (!context.activity.text && typeof value === "object" && value !== null && "verb" in value) {
      await this.handleSubmit(context, value as Record<string, unknown>);
      return;
    }
    const locale = this.localeOf(context);
    const { sender, known } = await resolveSenderAddress(context, this.services);
    if (isPersonal(context)) {
      // Keep the 1:1 reference fresh (it is how reminders reach this person), writing only changes.
      await rememberSender(this.services.addressBook, known, sender, referenceOf(context));
    }
    const text = normaliseText(context.activity.text ?? "");
    const command = parseCommand(text);
    if (!command) {
      const isAdmin = await this.services.admins.isAdmin(sender);
      const { card, text: said } = await notUnderstoodCard(
        this.services,
        sender,
        isAdmin,
        clip(text),
        suggestCommand(text),
        locale,
      );
      await context.sendActivity(cardMessage(card, said));
      return;
    }
    await this.route(context, sender, command);
  }

  /** Runs a command a card asked for (plan.choose's), as if the person had written it. */
  private async runTyped(context: TurnContext, text: string): Promise<void> {
    const command = parseCommand(normaliseText(text));
    if (!command) return;
    await this.route(context, await resolveSender(context, this.services), command);
  }

  private async route(
    context: TurnContext,
    sender: Person,
    command: NonNullable<ReturnType<typeof parseCommand>>,
  ): Promise<void> {
    try {
      const reply = await this.router.run(command, { context, sender, locale: command.language });
      for (const activity of reply) await context.sendActivity(activity);
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      this.services.logger.info({ code: error.code, command: command.spec.id }, "command refused");
      await context.sendActivity(textMessage(error.message));
    }
  }

  private localeOf(context: TurnContext): Locale {
    return chosenLocale(this.services.config.locale, context.activity.locale);
  }

  private async welcome(context: TurnContext): Promise<void> {
    const conversationId = context.activity.conversation.id;
    const reference = referenceOf(context);
    const locale = this.localeOf(context);
    if (isPersonal(context)) {
      const sender = await resolveSender(context, this.services);
      await this.services.addressBook.rememberPerson(sender, reference);
      if (!(await this.services.greetings.claim(conversationId))) return;
      const isAdmin = await this.services.admins.isAdmin(sender);
      // Short, with what this person can do now; `hjälp` has the whole list.
      await context.sendActivity(
        cardMessage(await greetingCard(this.services, sender, isAdmin, locale)),
      );
      return;
    }
    const channelData = context.activity.channelData as { team?: { id?: string; name?: string } };
    await this.services.addressBook.rememberChannel({
      conversationId,
      name: channelData.team?.name,
      teamId: channelData.team?.id,
      tenantId: tenantOf(context),
      reference,
    });
    // Already the leadership channel: its people know the bot, and the offer would be wrong.
    const leadership = await this.services.settings.getLeadershipChannel();
    if (leadership?.conversationId === conversationId.split(";")[0]) return;
    if (!(await this.services.greetings.claim(conversationId))) return;
    await context.sendActivity(textMessage(t(locale, "channel.greeting")));
  }

  private async farewell(context: TurnContext): Promise<void> {
    const conversationId = context.activity.conversation.id;
    await this.services.greetings.release(conversationId);
    if (isPersonal(context)) {
      await this.services.addressBook.deactivatePerson(
        context.activity.from.aadObjectId ?? context.activity.from.id,
      );
    } else {
      await this.services.addressBook.deactivateChannel(conversationId);
    }
  }
}

export function isPersonal(context: TurnContext): boolean {
  const type = context.activity.conversation?.conversationType;
  return type === undefined || type === "personal";
}

function referenceOf(context: TurnContext): Record<string, unknown> {
  return JSON.parse(
    JSON.stringify(TurnContext.getConversationReference(context.activity)),
  ) as Record<string, unknown>;
}

/** What the person wrote, cut and shown as text inside a markdown message. */
function clip(text: string): string {
  return plainText(text.length > 60 ? `${text.slice(0, 57)}…` : text);
}
