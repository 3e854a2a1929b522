// Admin commands about people and places: who is an admin, which channel is the leadership channel.
import { TeamsInfo, TurnContext } from "botbuilder";
import { confirmationCard } from "../../../cards/confirmation-card";
import { changeLabels } from "../../../cards/change-labels";
import { t } from "../../../cards/words/t";
import { DomainError } from "../../../services/errors";
import type { Locale } from "../../../services/i18n/locale";
import { tenantOf } from "../../identity";
import { personArgument } from "../../person-argument";
import { cardMessage, textMessage } from "../../replies";
import type { CommandHandler, AdminDeps, LeadershipChannelDeps } from "../command-handler";
import { actorId, type Person } from "../../../services/people/person";
import type { Plan } from "../../../services/plan";
import type { Uses } from "../../services";
import { channelPlan } from "./channel-plan";

const LABELS: Record<Locale, { field: string; before: string; after: string }> = {
  sv: changeLabels("sv"),
  en: changeLabels("en"),
};

export const adminAdd: CommandHandler<AdminDeps> = async (input, services) => {
  const { identifier } = await personArgument(input.context, input.args);
  const { added } = await services.admins.add(identifier, actorId(input.sender));
  if (!added) return [textMessage(t(input.locale, "admin.already", { person: identifier }))];
  return [roleChanged(input.locale, "admin.added", identifier, "–", t(input.locale, "admin.role"))];
};

export const adminRemove: CommandHandler<AdminDeps> = async (input, services) => {
  const { identifier } = await personArgument(input.context, input.args);
  if (input.sender.upn === identifier || input.sender.email === identifier) {
    throw new DomainError(
      "BAD_ARGUMENT",
      "Du kan inte ta bort dig själv som administratör. Be en annan administratör.",
    );
  }
  const { removed } = await services.admins.remove(identifier, actorId(input.sender));
  if (!removed) return [textMessage(t(input.locale, "admin.notAdmin", { person: identifier }))];
  return [
    roleChanged(input.locale, "admin.removed", identifier, t(input.locale, "admin.role"), "–"),
  ];
};

/** The before/after card of a person's role: "–" → "administratör", or back. */
function roleChanged(
  locale: Locale,
  title: "admin.added" | "admin.removed",
  person: string,
  before: string,
  after: string,
) {
  return cardMessage(
    confirmationCard({
      title: t(locale, title),
      labels: LABELS[locale],
      changes: [{ field: person, before, after }],
    }),
  );
}

export const adminList: CommandHandler<AdminDeps> = async (input, services) => {
  const admins = await services.admins.list();
  const { locale } = input;
  const lines = admins.map(
    (admin) =>
      `- ${admin.id}${admin.fromConfiguration ? t(locale, "admin.fromConfiguration") : ""}`,
  );
  return [
    textMessage(`${t(locale, "admin.list")}\n\n${lines.join("\n") || t(locale, "admin.none")}`),
  ];
};

/** The channel's name from the team's channel list; the General channel has none there. */
async function channelNameOf(
  context: TurnContext,
  teamId: string | undefined,
  channelId: string,
): Promise<string | undefined> {
  if (!teamId) return undefined;
  try {
    const channels = await TeamsInfo.getTeamChannels(context, teamId);
    const channel = channels.find((c) => c.id === channelId);
    if (channel?.name) return channel.name;
    return channel || channelId === teamId ? "Allmänt" : undefined;
  } catch {
    // Not allowed or not answered: the confirmation says "den här kanalen" instead of a name.
    return undefined;
  }
}

export const leadershipChannel: CommandHandler<LeadershipChannelDeps> = async (input, services) => {
  const plan = await channelPlan(input, services);
  return [
    cardMessage(
      await setLeadershipChannelHere(
        { context: input.context, sender: input.sender, locale: input.locale },
        services,
        plan,
      ),
    ),
  ];
};

/**
 * Makes the channel the activity came from a leadership channel: the organisation's (none given:
 * plans without a channel of their own post there), or the plan's.
 */
export async function setLeadershipChannelHere(
  input: { context: TurnContext; sender: Person; locale: Locale },
  services: Uses<"addressBook" | "settings">,
  plan: Plan | undefined,
) {
  const activity = input.context.activity;
  const channelData = activity.channelData as {
    channel?: { id?: string; name?: string };
    team?: { id?: string; name?: string };
  };
  // The channel itself, not the thread this message started: drop ";messageid=…".
  const conversationId = activity.conversation.id.split(";")[0] ?? activity.conversation.id;
  const reference = JSON.parse(
    JSON.stringify(TurnContext.getConversationReference(activity)),
  ) as Record<string, unknown>;
  reference.conversation = { ...(reference.conversation as object), id: conversationId };
  // Teams (and the Agents Playground) send a channel message without the channel's name: ask for it.
  const channelName =
    channelData.channel?.name ??
    (await channelNameOf(input.context, channelData.team?.id, conversationId));
  await services.addressBook.rememberChannel({
    conversationId,
    name: channelName ?? channelData.team?.name,
    teamId: channelData.team?.id,
    tenantId: tenantOf(input.context),
    reference,
  });
  // Only a real name is stored: "den här kanalen" would be wrong wherever else it is read.
  const name = channelName ?? t(input.locale, "leadershipChannel.this");
  const channel = { conversationId, name: channelName, teamId: channelData.team?.id };
  const { before } = plan
    ? await services.settings.plans.setChannel(plan.id, channel, actorId(input.sender))
    : await services.settings.setLeadershipChannel(channel, actorId(input.sender));
  return confirmationCard({
    title: t(input.locale, "leadershipChannel.set"),
    ...(plan ? { plan: `Plan: ${plan.name}` } : {}),
    summary: t(input.locale, plan ? "leadershipChannel.summaryPlan" : "leadershipChannel.summary"),
    labels: LABELS[input.locale],
    changes: [
      {
        field: t(input.locale, "leadershipChannel.field"),
        before: before?.name ?? "–",
        after: name,
      },
    ],
  });
}
