// English, the second language: the same keys as sv.ts, one file per area in en/ (listed in
// en/areas.ts), each typed by its Swedish area. A missing or extra key does not compile;
// test/services/i18n/words.test.ts checks that both take the same arguments.
import { joinAreas } from "./join-areas";
import type { WordKey } from "./sv";
import * as areas from "./en/areas";

export const en: Record<WordKey, string> = joinAreas(areas);
