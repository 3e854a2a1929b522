// The catalog of words: every Swedish message has an English one with the same arguments, every
// message is valid ICU, and plural forms agree with their number.
import { parse, TYPE, type MessageFormatElement } from "@formatjs/icu-messageformat-parser";
import { en } from "../../../services/i18n/words/en";
import { joinAreas } from "../../../services/i18n/words/join-areas";
import { sv, type WordKey } from "../../../services/i18n/words/sv";
import { t } from "../../../services/i18n/words/t";

function argumentsOf(elements: MessageFormatElement[], into = new Set<string>()): Set<string> {
  for (const element of elements) {
    if ("value" in element && element.type !== TYPE.literal && typeof element.value === "string")
      into.add(element.value);
    if ("options" in element)
      for (const option of Object.values(element.options)) argumentsOf(option.value, into);
  }
  return into;
}

const keys = Object.keys(sv) as WordKey[];

describe("the catalog of words", () => {
  test("when the two catalogs are compared, then they have the same keys", () => {
    expect(Object.keys(en).sort()).toEqual([...keys].sort());
  });

  test.each(keys)("when %s is parsed, then both languages take the same arguments", (key) => {
    const svArgs = argumentsOf(parse(sv[key], { ignoreTag: true }));
    const enArgs = argumentsOf(parse(en[key], { ignoreTag: true }));
    expect([...enArgs].sort()).toEqual([...svArgs].sort());
  });

  test("when two areas of the catalog hold the same key, then joining them refuses", () => {
    const reports = { "report.report": "Rapportera" };
    const greetings = { "greeting.button.report": "Rapportera", "report.report": "Skicka" };
    expect(() => joinAreas({ reports, greetings })).toThrow("report.report");
  });

  test("when the areas are joined, then every key of every area is in the catalog", () => {
    expect(joinAreas({ yes: { "common.yes": "Ja" }, no: { "common.no": "Nej" } })).toEqual({
      "common.yes": "Ja",
      "common.no": "Nej",
    });
  });

  test("when a count is one or more, then the Swedish noun agrees with it", () => {
    expect(t("sv", "common.units", { count: 1 })).toBe("1 enhet");
    expect(t("sv", "common.units", { count: 2 })).toBe("2 enheter");
    expect(t("en", "common.units", { count: 1 })).toBe("1 unit");
  });

  test("when a number has thousands, then it is grouped with a non-breaking space", () => {
    expect(t("sv", "common.units", { count: 12559 })).toBe("12\u00a0559 enheter");
  });

  test("when a message holds <angle brackets>, then they are text, not a tag", () => {
    expect(t("sv", "digest.noReporter")).toContain("ansvarig <enhet> <person>");
  });
});
