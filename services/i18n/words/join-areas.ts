// The catalog is kept one file per area (sv/<area>.ts, en/<area>.ts) and joined here into one
// object per language. Joining refuses a key that two areas both hold: with a plain spread the later
// area would silently win, and a word would change on a card nobody looked at.

/** The other language's words for one area: exactly its keys, each a message. */
export type Translation<Area> = Record<keyof Area, string>;

type Each<Area> = Area extends unknown ? (area: Area) => void : never;
/** Every area's keys in one type: the intersection of the areas. */
type Joined<Areas> = Each<Areas[keyof Areas]> extends (area: infer All) => void ? All : never;

/** One language's catalog from its areas (a module's namespace: `import * as areas`). */
export function joinAreas<Areas extends Record<string, Record<string, string>>>(
  areas: Areas,
): Joined<Areas> {
  const joined: Record<string, string> = {};
  for (const area of Object.values(areas))
    for (const [key, text] of Object.entries(area)) {
      if (key in joined) throw new Error(`The word ${key} stands in two areas of the catalog.`);
      joined[key] = text;
    }
  return joined as Joined<Areas>;
}
