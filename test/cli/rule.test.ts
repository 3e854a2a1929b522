import { runCli } from "../../cli/program";
import type { CliIo } from "../../cli/io";

interface Run {
  code: number;
  out: string[];
  err: string[];
}

async function run(...args: string[]): Promise<Run> {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = { out: (line) => out.push(line), err: (line) => err.push(line) };
  const code = await runCli(["rule", ...args], io);
  return { code, out, err };
}

describe("uppfoljning rule", () => {
  test("when a value is judged, then the explanation is printed and the status is the last line", async () => {
    const result = await run("Grön 6,5 Gul 7", "6,8");
    expect(result).toEqual({
      code: 0,
      out: ["6,8 ligger över gränsen för grönt (6,5) men inom gult (7).", "yellow"],
      err: [],
    });
  });

  test.each([
    [["Grön 82 Gul 76", "82"], "green"],
    [["Grön 82 Gul 76", "75,9"], "red"],
    [["Grön Ja Röd Nej", "JA"], "green"],
    [["Inte klart än", "5"], "none"],
    [["Grön 82 Gul 76", ""], "none"],
    [["Öka med 10% jämfört med fg år", "110", "--baseline", "100"], "green"],
    [["Öka", "110"], "none"],
    [["-10% jmf 2024 års utfall", "95", "--baseline", "100"], "red"],
    [["-5 minuter i genomsnitt", "-6", "--baseline", "0"], "green"],
    [
      [
        "Grön Htj 13 eller färre, SÄBO 1,3 eller färre Gul HTJ 14-15, SÄBO 1,4-1,7",
        "1,5",
        "--unit-type",
        "säbo",
      ],
      "yellow",
    ],
    [["14%", "13", "--direction", "lower"], "green"],
    [["14%", "13", "--direction", "higher"], "red"],
    [["Grön 1 000 Gul 500", "12 559"], "green"],
  ])(
    "when the arguments are %j, then the last line is %s and the exit code 0",
    async (args, status) => {
      const result = await run(...args);
      expect(result.code).toBe(0);
      expect(result.out.at(-1)).toBe(status);
      expect(result.out).toHaveLength(2);
      expect(result.err).toEqual([]);
    },
  );

  test("when --json is given, then one JSON object with status, explanation and rule is printed", async () => {
    const result = await run("Grön 6,5 Gul 7", "6,8", "--json");
    expect(result.code).toBe(0);
    expect(result.out).toHaveLength(1);
    expect(JSON.parse(result.out[0] ?? "")).toEqual({
      status: "yellow",
      explanation: "6,8 ligger över gränsen för grönt (6,5) men inom gult (7).",
      rule: {
        kind: "thresholds",
        text: "Grön 6,5 Gul 7",
        measure: "value",
        direction: "lower",
        green: 6.5,
        yellow: 7,
      },
    });
  });

  test.each([
    [["Grön banan", "5"], "”banan”"],
    [["Grön 82 Gul 76", "banan"], "Värdet ”banan” kunde inte läsas"],
    [["Grön 82 Gul 76", "ja"], "bedömer ett tal"],
    [["Öka", "5", "--baseline", "mycket"], "Värdet ”mycket” kunde inte läsas"],
    [
      ["Grön HTJ 13 eller färre Gul HTJ 14-15", "14", "--unit-type", "LSS"],
      "Enhetstypen ”LSS” finns inte",
    ],
    [["Grön HTJ 13 eller färre Gul HTJ 14-15", "14"], "Ingen enhetstyp är angiven"],
    [["Grön 82 Gul 76", "80", "--basline", "3"], "Okänd flagga --basline"],
    [["Grön", "6,5", "Gul", "7", "6,8"], "Skriv regeln inom citattecken"],
    [["95%", "96", "--direction", "up"], "--direction"],
    [["Grön 82 Gul 76"], "missing required argument"],
  ])("when the arguments are %j, then exit code 2 and stderr says %s", async (args, says) => {
    const result = await run(...args);
    expect(result.code).toBe(2);
    expect(result.out).toEqual([]);
    expect(result.err.join("\n")).toContain(says);
  });
});
