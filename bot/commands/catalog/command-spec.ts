// What the catalog says about one chat command. Its own module so that the command groups and the
// catalog that joins them both import it, and neither imports the other back.
import type { Access } from "../../../services/access";
import type { Localized } from "../../../services/i18n/locale";

export interface CommandSpec<Id extends string = string> {
  id: Id;
  /** Leading words, lower case, per language: typing the English words gets an English answer. */
  words: { sv: string[]; en: string[] };
  /** What the access policy must allow before the handler runs (services/access). */
  access: Access;
  /** Where it can be said: the 1:1 chat, a team channel (with an @mention), or both. */
  where: "personal" | "channel" | "both";
  usage: Localized;
  description: Localized;
  /** Shown in the Teams command menu (manifest). */
  inMenu: boolean;
}
