// The catalog is kept one file per area (sv/<area>.ts, en/<area>.ts) and joined here into one
// object per language. Joining refuses a key that two areas both hold: with a plain spread the later
// area would silently win, and a word would change on a card nobody looked at.

/** The other language's words for one area: exactly its keys, each a message. */
export type Translation<Area> = Record<keyof Area, string>;

type Joined<Areas extends readonly object[]> = Areas extends readonly [
  infer First,
  ...infer Rest extends readonly object[],
]
  ? First & Joined<Rest>
  : unknown;

export function joinAreas<Areas extends Record<string, string>[]>(...areas: Areas): Joined<Areas> {
  const joined: Record<string, string> = {};
  for (const area of areas)
    for (const [key, text] of Object.entries(area)) {
      if (key in joined) throw new Error(`The word ${key} stands in two areas of the catalog.`);
      joined[key] = text;
    }
  return joined as Joined<Areas>;
}
