import path from "node:path";
import { runCli } from "../../cli/program";
import type { CliIo } from "../../cli/io";
import { testConnectionString, uniquePrefix } from "../support/storage";
import { startFakeKolada, type FakeKolada } from "../support/fake-kolada";

const examples = path.join(__dirname, "..", "..", "plans", "examples");

async function run(env: Record<string, string>, ...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = { out: (line) => out.push(line), err: (line) => err.push(line) };
  const code = await runCli(args, io, env);
  return { code, out, err };
}

describe("uppfoljning plan coverage", () => {
  const file = (name: string) => path.join(examples, name);

  test.each([
    // KSON Helår: 28 cells. Not judged: the two costs (no 2023 figure in the seed) and the eight
    // user-survey questions (the seed gives no target).
    ["kson-2024.yaml", "Helår", 18, 28],
    // Norsjö T1: 12 cells; heltidsanställda (Öka med 10 %) has no T1 2024 figure for its 4 units.
    ["norsjo-omsorg-2025.yaml", "T1", 8, 12],
    // Halland March: 63 cells; the seed gives no 2021 figures for the change rules (11 cells) and
    // has no usable target for besök, klinisk tid, budgetavvikelse and kostnadsutveckling (14).
    ["narsjukvarden-halland-2022.yaml", "2022-03", 38, 63],
  ])(
    "when %s is checked for %s, then %i of %i cells can be judged and every other names what is missing",
    async (name, period, judged, cells) => {
      const result = await run({}, "plan", "coverage", file(name), period);
      expect(result.code).toBe(0);
      expect(result.out.at(-1)).toBe(`judged ${judged} of ${cells}`);
      const unjudged = result.out.filter((line) => line.startsWith("– "));
      expect(unjudged).toHaveLength(cells - judged);
      for (const line of unjudged) expect(line).toMatch(/saknas|ger ingen regel/);
    },
  );

  test("when the period is not the plan's, then it says which periods there are", async () => {
    const result = await run({}, "plan", "coverage", file("kson-2024.yaml"), "Q1");
    expect(result.code).toBe(2);
    expect(result.err.join("\n")).toContain("Planen har ingen period Q1. Perioderna är Helår.");
  });

  describe("Norrköping with Kolada", () => {
    let kolada: FakeKolada;
    let env: Record<string, string>;
    beforeAll(async () => {
      kolada = await startFakeKolada();
      // Last year's values, as Kolada would serve them for Norrköping (0581).
      kolada.setValue("U23471", "0581", 2023, 80);
      kolada.setValue("U21468", "0581", 2023, 86);
      kolada.setValue("U23468", "0581", 2023, 64);
      kolada.setValue("N20900", "0581", 2023, 1.5);
      env = {
        STORAGE_CONNECTION_STRING: testConnectionString(),
        TABLE_PREFIX: uniquePrefix(),
        KOLADA_API_URL: kolada.url,
      };
    });
    afterAll(() => kolada.close());

    test("when Kolada's values are read, then every mapped indicator can be judged at Helår", async () => {
      expect((await run(env, "plan", "import", file("norrkoping-von-2024.yaml"))).code).toBe(0);
      const before = await run(env, "plan", "coverage", "norrkoping-von-2024", "Helår");
      expect(before.out.at(-1)).toBe("judged 0 of 61");

      const fetched = await run(env, "kolada", "hämta", "norrkoping-von-2024");
      expect(fetched.out[0]).toBe(
        "4 värden lästes från Kolada för norrkoping-von-2024 (Källa: Kolada).",
      );

      const after = await run(env, "plan", "coverage", "norrkoping-von-2024", "Helår");
      expect(after.out.at(-1)).toBe("judged 4 of 61");
      for (const id of ["m1-i6", "m1-i9", "m3-i1", "m7-i1"]) {
        expect(after.out).toContainEqual(
          expect.stringMatching(new RegExp(`^✔ ${id} · .*: bedöms mot Kolada 2023$`)),
        );
      }
    });

    test("when Kolada does not answer, then the fetch leaves a note for that indicator and goes on with the others", async () => {
      kolada.behave("U23471", "serverError");
      const fetched = await run(env, "kolada", "hämta", "norrkoping-von-2024");
      expect(fetched.code).toBe(0);
      expect(fetched.out).toContainEqual(
        expect.stringContaining("m1-i6: Kolada svarade med ett fel (500)"),
      );
    });
  });
});
