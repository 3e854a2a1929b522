// Leadership: the channel that gets the summaries, and the people named leadership.
import type { CommandSpec } from "./command-spec";

export type LeadershipCommandId =
  "leadershipChannel" | "leadershipAdd" | "leadershipRemove" | "leadershipList";

export const LEADERSHIP_COMMANDS: readonly CommandSpec<LeadershipCommandId>[] = [
  {
    id: "leadershipChannel",
    words: { sv: ["ledningskanal"], en: ["leadership channel"] },
    access: "administer",
    where: "channel",
    usage: { sv: "@Uppföljningsboten ledningskanal", en: "@Uppföljningsboten leadership channel" },
    description: {
      sv: "Skrivs i en kanal: kanalen får ledningens sammanställningar.",
      en: "Said in a channel: the channel receives the leadership summaries.",
    },
    inMenu: true,
  },
  {
    id: "leadershipAdd",
    words: { sv: ["ledning lägg till", "ledning lagg till"], en: ["leadership add"] },
    access: "administer",
    where: "personal",
    usage: { sv: "ledning lägg till <person>", en: "leadership add <person>" },
    description: {
      sv: "Låter en person se sammanställningarna och gå in i dem, också utanför ledningskanalen.",
      en: "Lets a person see the summaries and drill into them, also outside the leadership channel.",
    },
    inMenu: false,
  },
  {
    id: "leadershipRemove",
    words: { sv: ["ledning ta bort"], en: ["leadership remove"] },
    access: "administer",
    where: "personal",
    usage: { sv: "ledning ta bort <person>", en: "leadership remove <person>" },
    description: {
      sv: "Tar bort en person från ledningen (kanalens medlemmar ser ändå sammanställningen där).",
      en: "Removes a person from leadership (the channel's members still see the summary there).",
    },
    inMenu: false,
  },
  {
    id: "leadershipList",
    words: { sv: ["ledning"], en: ["leadership"] },
    access: "administer",
    where: "personal",
    usage: { sv: "ledning", en: "leadership" },
    description: {
      sv: "Visar vilka som är utsedda till ledning, utöver ledningskanalens medlemmar.",
      en: "Lists who is named leadership, besides the leadership channel's members.",
    },
    inMenu: false,
  },
];
