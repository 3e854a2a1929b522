// Text from people and files is text: a corpus of injections (markdown links, emphasis, headings,
// lists, HTML, entities, control and bidi characters, Adaptive Cards' date functions) rendered as
// Teams renders a TextBlock, first alone and then inside the real cards, as reporters sent them.
import { plainText, withoutControls } from "../../cards/plain-text";
import { VERBS } from "../../cards/verbs";
import { startBot, testUser, type BotHarness } from "../support/bot-harness";
import { invoke, press } from "../support/card-actions";
import { markdownTexts, renderMarkdown } from "../support/markdown-check";
import { loadExamplePlan } from "../support/plans";

export const INJECTIONS = [
  "Se [Åtgärdsplan – logga in här](https://evil.example/phish) **BRÅDSKANDE**",
  "![bild](https://evil.example/x.png) och [x](javascript:alert(1))",
  '<a href="https://evil.example">klicka</a> <b>fet</b>',
  "<script>alert(1)</script><img src=x onerror=alert(1)>",
  "# Rubrik\n## Underrubrik",
  "Rad ett\n- punkt\n+ punkt\n* punkt\n1. ett\n2) två",
  "> citat\n>> djupare",
  "_kursiv_ och *kursiv* och __fet__ och ~~struken~~",
  "`kod` och ```block```",
  "[länk][1]\n\n[1]: https://evil.example/ref",
  "<https://evil.example/auto> <mailto:x@evil.example>",
  "&lt;b&gt;fet&lt;/b&gt; &#91;x&#93;(https://evil.example) &amp;",
  "Rubrik\n===",
  "Rubrik\n---",
  "| a | b |\n|---|---|\n| 1 | 2 |",
  "\\*inte fet\\* och \\[inte länk\\](https://evil.example)",
  "{{DATE(2025-05-12T09:00:00Z, SHORT)}} ${$root.title}",
  "\u202eelgoog.moc\u202c och \u2066isolerad\u2069 och osynlig\u200btext",
  "a\u0000b\u0007c\u001bd\u007fe\u0085f",
  "Rad\r\nbrytning\u2028och\u2029stycke",
];

const plainWords = (text: string) => withoutControls(text).replace(/\s+/g, " ").trim();

describe("plain text for a TextBlock", () => {
  test.each(INJECTIONS)(
    "when %j is shown, then it becomes no markup and reads as written",
    (text) => {
      const { markup, shown } = renderMarkdown(plainText(text));
      expect(markup).toEqual([]);
      expect(shown).toBe(plainWords(text));
    },
  );

  test("when ordinary Swedish text is shown, then it is not changed", () => {
    const text =
      "Långtidssjukskrivningar; plan med företagshälsovården (7,5 %). Mål: </=6 % – >/=80.";
    expect(plainText(text)).toBe(text);
  });

  test("when text has bidi overrides and control characters, then they are removed", () => {
    expect(withoutControls("\u202eabc\u202c\u0000")).toBe("abc");
  });
});

describe("injections in reports, through the rendered cards", () => {
  const admin = testUser(1, "Alex Admin", "admin@example.se");
  const megan = testUser(2, "Megan Bowen", "megan.b@example.se");
  const PLAN = "norsjo-omsorg-2025";
  const now = () => new Date("2025-05-12T09:00:00Z");
  const items = ["sjukfranvaro", "budgetavvikelse", "heltidsanstallda", "fast-omsorgskontakt"];
  let bot: BotHarness;
  const cards: [string, unknown][] = [];

  beforeAll(async () => {
    bot = await startBot({ users: [admin, megan], env: { BOT_ADMINS: "admin@example.se" }, now });
    await loadExamplePlan(bot, "norsjo-omsorg-2025.yaml");
    // Five rounds of four comments: each change of the report (Ändra) carries the next four.
    // Last round first, so that the first injections are the ones the summary shows at the end.
    for (let round = Math.ceil(INJECTIONS.length / 4) - 1; round >= 0; round -= 1) {
      const comments = INJECTIONS.slice(round * 4, round * 4 + 4);
      const unitId = round % 2 === 0 ? "htj-norsjo" : "htj-bastutrask";
      const form = await invoke(bot, megan, VERBS.reportOpen, {
        planId: PLAN,
        periodId: "T1",
        unitId,
      });
      const answer = await press(bot, megan, form.card, VERBS.reportSubmit, {
        "v:sjukfranvaro": "7,4",
        "v:budgetavvikelse": "0",
        "v:heltidsanstallda": "80",
        "s:fast-omsorgskontakt": "inProgress",
        ...Object.fromEntries(items.map((item, i) => [`c:${item}`, comments[i] ?? ""])),
      });
      if (!answer.card) throw new Error(`round ${round}: ${answer.status} ${answer.message}`);
      cards.push([`receipt ${round}`, answer.card]);
    }
    for (const unitId of ["htj-norsjo", "htj-bastutrask"]) {
      const { card } = await invoke(bot, admin, VERBS.summaryUnit, {
        planId: PLAN,
        periodId: "T1",
        unitId,
      });
      cards.push([`summary.unit ${unitId}`, card]);
    }
    const { card } = await invoke(bot, admin, VERBS.summaryIndicator, {
      planId: PLAN,
      periodId: "T1",
      itemId: "sjukfranvaro",
    });
    cards.push(["summary.indicator", card]);
  }, 120_000);
  afterAll(() => bot.close());

  test("when the cards are rendered as markdown, then no text in them became a link, emphasis or any markup", () => {
    expect(cards.every(([, card]) => card !== undefined)).toBe(true);
    for (const [name, card] of cards) {
      for (const text of markdownTexts(card)) {
        expect({ card: name, text, markup: renderMarkdown(text).markup }).toEqual({
          card: name,
          text,
          markup: [],
        });
      }
    }
  });

  test("when the cards are read, then every comment shows as the reporter wrote it", () => {
    const shown = cards
      .flatMap(([, card]) => markdownTexts(card).map((text) => renderMarkdown(text).shown))
      .join("\n");
    for (const text of INJECTIONS) expect(shown).toContain(plainWords(text));
  });
});
