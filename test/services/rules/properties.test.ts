import fc from "fast-check";
import { isDomainError } from "../../../services/errors";
import {
  evaluateStatus,
  formatNumber,
  parseStatusRule,
  parseValue,
  type Status,
} from "../../../services/rules";

const RANK: Record<Status, number> = { red: 0, yellow: 1, green: 2, none: -1 };

/** Decimals with at most two places, as plans write them; tenths of hundredths keep them exact. */
const decimal = (min: number, max: number) =>
  fc.integer({ min: min * 100, max: max * 100 }).map((n) => n / 100);
const swedish = (n: number) => formatNumber(n).replace(/\u00a0/g, " ");

describe("properties of status rules", () => {
  test("when a value moves towards better under Grön A Gul B, then its status never gets worse", () => {
    fc.assert(
      fc.property(
        decimal(-1000, 1000),
        decimal(-1000, 1000),
        decimal(-2000, 2000),
        decimal(0, 500),
        (a, b, x, step) => {
          const rule = parseStatusRule(`Grön ${swedish(a)} Gul ${swedish(b)}`);
          const better = a >= b ? x + step : x - step;
          expect(RANK[evaluateStatus(rule, better).status]).toBeGreaterThanOrEqual(
            RANK[evaluateStatus(rule, x).status],
          );
        },
      ),
    );
  });

  test("when a value is on either threshold of Grön A Gul B, then it gets that threshold's colour", () => {
    fc.assert(
      fc.property(decimal(-1000, 1000), decimal(-1000, 1000), (a, b) => {
        const rule = parseStatusRule(`Grön ${swedish(a)} Gul ${swedish(b)}`);
        expect(evaluateStatus(rule, a).status).toBe("green");
        expect(evaluateStatus(rule, b).status).toBe(a === b ? "green" : "yellow");
      }),
    );
  });

  test("when a change moves towards better under Grön Öka med A% Gul öka med B%, then its status never gets worse", () => {
    fc.assert(
      fc.property(
        decimal(0, 50),
        decimal(0, 50),
        decimal(1, 10000),
        decimal(0, 20000),
        decimal(0, 500),
        (a, b, baseline, x, step) => {
          const rule = parseStatusRule(`Grön Öka med ${swedish(a)}% Gul öka med ${swedish(b)}%`);
          const better = a >= b ? x + step : x - step;
          const before = evaluateStatus(rule, x, { baseline }).status;
          const after = evaluateStatus(rule, better, { baseline }).status;
          expect(RANK[after]).toBeGreaterThanOrEqual(RANK[before]);
        },
      ),
    );
  });

  test("when a rank moves towards the best, then its status never gets worse", () => {
    fc.assert(
      fc.property(decimal(0, 100), decimal(0, 100), (x, y) => {
        const rule = parseStatusRule("Grön 25% bästa Gul 26-50% bästa");
        const [best, worst] = x <= y ? [x, y] : [y, x];
        expect(RANK[evaluateStatus(rule, best).status]).toBeGreaterThanOrEqual(
          RANK[evaluateStatus(rule, worst).status],
        );
      }),
    );
  });

  test("when a comparison judges a value, then it is green exactly when the comparison holds", () => {
    const comparators = [
      [">/=", (x: number, t: number) => x >= t],
      ["</=", (x: number, t: number) => x <= t],
      [">", (x: number, t: number) => x > t],
      ["<", (x: number, t: number) => x < t],
    ] as const;
    fc.assert(
      fc.property(
        fc.constantFrom(...comparators),
        decimal(-100, 100),
        decimal(-100, 100),
        ([written, holds], t, x) => {
          const rule = parseStatusRule(`${written}${swedish(t)}%`);
          expect(evaluateStatus(rule, x).status).toBe(holds(x, t) ? "green" : "red");
        },
      ),
    );
  });

  test("when a number is written the Swedish way, then it reads back as the same number", () => {
    fc.assert(
      fc.property(decimal(-10_000_000, 10_000_000), (n) => {
        expect(parseValue(formatNumber(n))).toBe(n === 0 ? 0 : n);
      }),
    );
  });

  test("when any text is given as a rule, then it is read or refused with RULE_UNREADABLE, never anything else", () => {
    const ruleish = fc.array(
      fc.constantFrom(
        "Grön",
        "Gul",
        "Röd",
        "Öka",
        "med",
        "minst",
        "Ja",
        "Nej",
        "HTJ",
        "SÄBO",
        "bästa",
        "eller",
        "färre",
        ">",
        "</=",
        "-",
        "%",
        ",",
        "5",
        "6,5",
        "1 000",
        "26-50",
        "banan",
        "(",
        "?",
      ),
      { maxLength: 8 },
    );
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          ruleish.map((words) => words.join(" ")),
        ),
        (text) => {
          try {
            const rule = parseStatusRule(text);
            expect(rule.text).toBe(text);
          } catch (error) {
            expect(isDomainError(error, "RULE_UNREADABLE")).toBe(true);
          }
        },
      ),
      { numRuns: 2000 },
    );
  });

  test("when any text is given as a value, then it is read or refused with VALUE_UNREADABLE, never anything else", () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        try {
          const value = parseValue(text);
          expect(typeof value === "boolean" || Number.isFinite(value)).toBe(true);
        } catch (error) {
          expect(isDomainError(error, "VALUE_UNREADABLE")).toBe(true);
        }
      }),
      { numRuns: 2000 },
    );
  });
});
