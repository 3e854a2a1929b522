// Admin commands about leadership: who, besides the leadership channel's members, sees the summaries
// and their drill-downs (`ledning lägg till`, `ledning ta bort`, `ledning`). Audited as admins are.
import { actorId } from "../../../services/people/person";
import { confirmationCard } from "../../../cards/confirmation-card";
import { changeLabels } from "../../../cards/change-labels";
import { t } from "../../../cards/words/t";
import type { Locale } from "../../../services/i18n/locale";
import { personArgument } from "../../person-argument";
import { cardMessage, textMessage } from "../../replies";
import type { CommandHandler, LeadershipDeps } from "../command-handler";

function wordsOf(locale: Locale) {
  return { ...changeLabels(locale), role: t(locale, "leadership.role") };
}

export const leadershipAdd: CommandHandler<LeadershipDeps> = async (input, services) => {
  const { identifier } = await personArgument(input.context, input.args);
  const words = wordsOf(input.locale);
  const { added } = await services.leadership.add(identifier, actorId(input.sender));
  if (!added) {
    return [textMessage(t(input.locale, "leadership.already", { person: identifier }))];
  }
  return [
    cardMessage(
      confirmationCard({
        title: t(input.locale, "leadership.added"),
        summary: t(input.locale, "leadership.addedSummary"),
        labels: words,
        changes: [{ field: identifier, before: "–", after: words.role }],
      }),
    ),
  ];
};

export const leadershipRemove: CommandHandler<LeadershipDeps> = async (input, services) => {
  const { identifier } = await personArgument(input.context, input.args);
  const words = wordsOf(input.locale);
  const { removed } = await services.leadership.remove(identifier, actorId(input.sender));
  if (!removed) {
    return [textMessage(t(input.locale, "leadership.notNamed", { person: identifier }))];
  }
  return [
    cardMessage(
      confirmationCard({
        title: t(input.locale, "leadership.removed"),
        labels: words,
        changes: [{ field: identifier, before: words.role, after: "–" }],
      }),
    ),
  ];
};

export const leadershipList: CommandHandler<LeadershipDeps> = async (input, services) => {
  const named = await services.leadership.list();
  const lines = named.map((id) => `- ${id}`);
  return [
    textMessage(
      `${t(input.locale, "leadership.list")}\n\n${lines.join("\n") || t(input.locale, "common.noneListed")}`,
    ),
  ];
};
