// Examples shown with every "could not read" message, one per kind of text, so the admin sees a
// form that works next to the one that did not.

export const HINT = {
  any: "Exempel som kan läsas: ”Grön 82 Gul 76”, ”>/=70%”, ”95%”, ”Öka med 10%”, ”Öka”, ”Grön Ja Röd Nej”.",
  trafficLight:
    "Skriv gränserna som t.ex. ”Grön 82 Gul 76”, ”Grön 6,5 Gul 7” eller ”Grön Ja Röd Nej”.",
  change:
    "Skriv förändringen som t.ex. ”Öka med 10%”, ”Minska med minst 5” eller ”-10% jmf 2024 års utfall”.",
  comparison: "Skriv jämförelsen som t.ex. ”>/=70%”, ”</=6%” eller ”< 18 månader”.",
  ranking: "Skriv placeringen som t.ex. ”Grön 25% bästa Gul 26-50% bästa”.",
  unitType:
    "Skriv gränser per enhetstyp som t.ex. ”Grön HTJ 13 eller färre, SÄBO 1,3 eller färre Gul HTJ 14-15, SÄBO 1,4-1,7” (enhetstyper: HTJ, SÄBO, LSS, IFO, HSV).",
} as const;
