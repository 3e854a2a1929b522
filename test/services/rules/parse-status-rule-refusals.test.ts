import { isDomainError } from "../../../services/errors";
import { parseStatusRule } from "../../../services/rules";

function refusal(text: string): Error & { code?: string } {
  try {
    parseStatusRule(text);
  } catch (error) {
    if (error instanceof Error) return error;
  }
  throw new Error(`"${text}" was read, but should have been refused`);
}

describe("parseStatusRule refusals", () => {
  test.each([
    ["Grön banan", "”banan”"],
    ["banan", "”banan”"],
    ["Grön 82", "gränsen för gult saknas"],
    ["Grön 82 Gul", "gränsen för gult saknas"],
    ["Grön Gul 76", "gränsen för grönt saknas"],
    ["Gul 76 Grön 82", "”Gul 76” står före Grön"],
    ["Grön 82 Gul 76 Röd 70", "”Röd 70” behövs inte"],
    ["Grön 82 Gul 76 Grön 90", "två gånger"],
    ["Grön 82 Gul 80-85", "gult (80–85) ligger på båda sidor"],
    ["Grön 82 Gul 81-76", "baklänges"],
    ["Grön 5 mer Gul 3", "”mer”"],
    ["Grön 82 Gul 76 eller fler", "”fler”"],
    ["Grön Ja Röd Ja", "”Ja”"],
    ["Grön Ja Gul Nej", "kan inte användas med ja/nej"],
    ["Grön 25% bästa Gul 10% bästa", "fel sida"],
    ["Grön 25% bästa Gul 26-50%", "”bästa” saknas"],
    ["Grön 25% bästa Gul 26-150% bästa", "mellan 0 och 100"],
    ["Grön HTJ 13 eller färre Gul SÄBO 1,4-1,7", "SÄBO har en gräns för gult men ingen för grönt"],
    ["Grön HTJ 13 eller färre Gul HTJ 12 eller fler", "”eller färre” och ”eller fler”"],
    ["Grön HTJ 13 eller färre, HTJ 12 Gul HTJ 14", "HTJ står två gånger"],
    ["Grön HTJ 13 eller färre, Dagverksamhet 5 Gul HTJ 14", "”Dagverksamhet 5”"],
    ["Grön Öka med 10% Gul 5", "”5”"],
    ["Grön Öka med 10% Gul öka med 5", "på olika sätt"],
    ["Öka med", "hur stor förändringen ska vara saknas"],
    ["Öka mer än i fjol", "”mer”"],
    ["Öka inte", "”inte”"],
    ["Minska högst 5", "”högst”"],
    ["-10% jmf 2024 års utfall </=6%", "”<”"],
    ["95% 90%", "”90%”"],
    [">", "talet efter ”>” saknas"],
    ["= 5", "”= 5”"],
    ["Klart", "”Klart”"],
  ])("when the text is %j, then it is refused, saying %s", (text, says) => {
    const error = refusal(text);
    expect(isDomainError(error, "RULE_UNREADABLE")).toBe(true);
    expect(error.message).toContain(`Regeln ”${text}” kunde inte läsas`);
    expect(error.message).toContain(says);
  });

  test("when the rule is refused, then the message shows a form that can be read", () => {
    expect(refusal("Grön banan").message).toMatch(/t\.ex\. ”Grön 82 Gul 76”/);
  });
});
