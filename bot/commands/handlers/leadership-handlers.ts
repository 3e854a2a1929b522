// Admin commands about leadership: who, besides the leadership channel's members, sees the summaries
// and their drill-downs (`ledning lägg till`, `ledning ta bort`, `ledning`). Audited as admins are.
import { confirmationCard } from "../../../cards/confirmation-card";
import { personArgument } from "../../person-argument";
import { cardMessage, textMessage } from "../../replies";
import type { CommandHandler, LeadershipDeps } from "../command-handler";

const WORDS = {
  sv: { field: "Vad", before: "Före", after: "Efter", role: "ledning" },
  en: { field: "What", before: "Before", after: "After", role: "leadership" },
};

function actorOf(input: Parameters<CommandHandler>[0]): string {
  return input.sender.upn ?? input.sender.email ?? input.sender.aadObjectId;
}

export const leadershipAdd: CommandHandler<LeadershipDeps> = async (input, services) => {
  const { identifier } = await personArgument(input.context, input.args);
  const words = WORDS[input.locale];
  const { added } = await services.leadership.add(identifier, actorOf(input));
  if (!added) {
    return [
      textMessage(
        input.locale === "en"
          ? `${identifier} is already leadership. Nothing changed.`
          : `${identifier} är redan utsedd till ledning. Inget ändrades.`,
      ),
    ];
  }
  return [
    cardMessage(
      confirmationCard({
        title: input.locale === "en" ? "Leadership added" : "Ledning tillagd",
        summary:
          input.locale === "en"
            ? "They see the summaries and can drill into them."
            : "Personen ser sammanställningarna och kan gå in i dem.",
        labels: words,
        changes: [{ field: identifier, before: "–", after: words.role }],
      }),
    ),
  ];
};

export const leadershipRemove: CommandHandler<LeadershipDeps> = async (input, services) => {
  const { identifier } = await personArgument(input.context, input.args);
  const words = WORDS[input.locale];
  const { removed } = await services.leadership.remove(identifier, actorOf(input));
  if (!removed) {
    return [
      textMessage(
        input.locale === "en"
          ? `${identifier} is not named leadership. Nothing changed.`
          : `${identifier} är inte utsedd till ledning. Inget ändrades.`,
      ),
    ];
  }
  return [
    cardMessage(
      confirmationCard({
        title: input.locale === "en" ? "Leadership removed" : "Ledning borttagen",
        labels: words,
        changes: [{ field: identifier, before: words.role, after: "–" }],
      }),
    ),
  ];
};

export const leadershipList: CommandHandler<LeadershipDeps> = async (input, services) => {
  const named = await services.leadership.list();
  const en = input.locale === "en";
  const lines = named.map((id) => `- ${id}`);
  return [
    textMessage(
      `${en ? "Named leadership (besides the leadership channel's members)" : "Utsedda till ledning (utöver ledningskanalens medlemmar)"}:\n\n${lines.join("\n") || (en ? "- none" : "- inga")}`,
    ),
  ];
};
