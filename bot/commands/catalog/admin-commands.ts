// The administrators.
import type { CommandSpec } from "./command-spec";

export type AdminCommandId = "adminAdd" | "adminRemove" | "adminList";

export const ADMIN_COMMANDS: readonly CommandSpec<AdminCommandId>[] = [
  {
    id: "adminAdd",
    words: { sv: ["admin lägg till", "admin lagg till"], en: ["admin add"] },
    access: "administer",
    where: "personal",
    usage: { sv: "admin lägg till <person>", en: "admin add <person>" },
    description: {
      sv: "Gör en person till administratör (e-post/UPN eller @-omnämnande).",
      en: "Makes a person an administrator (e-mail/UPN or @mention).",
    },
    inMenu: false,
  },
  {
    id: "adminRemove",
    words: { sv: ["admin ta bort"], en: ["admin remove"] },
    access: "administer",
    where: "personal",
    usage: { sv: "admin ta bort <person>", en: "admin remove <person>" },
    description: { sv: "Tar bort en administratör.", en: "Removes an administrator." },
    inMenu: false,
  },
  {
    id: "adminList",
    words: { sv: ["administratörer", "admins"], en: ["administrators"] },
    access: "administer",
    where: "personal",
    usage: { sv: "administratörer", en: "administrators" },
    description: { sv: "Visar vilka som är administratörer.", en: "Lists the administrators." },
    inMenu: false,
  },
];
