// Swedish, the first language: every word a card, a reply or the domain shows, by key, as ICU
// messages (intl-messageformat), one file per area in sv/ (listed in sv/areas.ts). How to add
// one: docs/cards.md ("Words"). en.ts must have every key. Typography: ”…” for quotes, a
// non-breaking space before %, an en dash in ranges.
import { joinAreas } from "./join-areas";
import * as areas from "./sv/areas";

export const sv = joinAreas(areas);

export type WordKey = keyof typeof sv;
