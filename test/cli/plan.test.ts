import { mkdtemp, readFile, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { runCli } from "../../cli/program";
import { AuditLog } from "../../services/audit/audit-log";
import { OrganisationSettings } from "../../services/settings/organisation-settings";
import type { CliIo } from "../../cli/io";
import { validatePlanFile } from "../../services/plan";
import { testConnectionString, testTableStore, uniquePrefix } from "../support/storage";

const root = path.join(__dirname, "..", "..");
const norsjo = path.join(root, "plans", "examples", "norsjo-omsorg-2025.yaml");
const dozen = path.join(root, "test", "fixtures", "plans", "dozen-mistakes.yaml");

interface Run {
  code: number;
  out: string[];
  err: string[];
}

/** Runs `uppfoljning plan …` in-process against this test's own tables on the run's Azurite. */
function cli(env: Record<string, string>) {
  return async (...args: string[]): Promise<Run> => {
    const out: string[] = [];
    const err: string[] = [];
    const io: CliIo = { out: (line) => out.push(line), err: (line) => err.push(line) };
    const code = await runCli(["plan", ...args], io, env);
    return { code, out, err };
  };
}

describe("uppfoljning plan", () => {
  const prefix = uniquePrefix();
  const run = cli({
    STORAGE_CONNECTION_STRING: testConnectionString(),
    TABLE_PREFIX: prefix,
  });
  let dir = "";

  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), "plan-cli-"));
  });

  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  test("when a valid plan file is validated, then it exits 0 with a one-line summary and a warning for what cannot be judged", async () => {
    expect(await run("validate", norsjo)).toEqual({
      code: 0,
      out: [
        "OK: Norsjö kommun: Verksamhetsplan 2025 Omsorg (norsjo-omsorg-2025), 3 perioder, 6 målområden, 8 mål, 13 indikatorer, 13 aktiviteter, 0 frågor, 5 enheter, 4 rapportörer",
        expect.stringMatching(
          /^Varning: heltidsanstallda: jämförelsevärde saknas för T1, T2, Helår, så regeln/,
        ),
      ],
      err: [],
    });
  });

  test("when a plan file with mistakes is validated, then it exits 2 and lists every error on stderr", async () => {
    const result = await run("validate", dozen);
    expect(result.code).toBe(2);
    expect(result.out).toEqual([]);
    expect(result.err).toHaveLength(13);
    expect(result.err[0]).toBe(
      "id (rad 3): Ska vara gemener, siffror och bindestreck, t.ex. norsjo-omsorg-2025.",
    );
    expect(result.err[12]).toBe(`12 fel i ${dozen}.`);
  });

  test("when a file that does not exist is validated, then it exits 2 and says so", async () => {
    expect(await run("validate", path.join(dir, "saknas.yaml"))).toMatchObject({
      code: 2,
      err: [`Filen ${path.join(dir, "saknas.yaml")} finns inte.`],
    });
  });

  test("when a plan is imported twice and shown, then the first import is new, the second has no changes, and show outlines it", async () => {
    const first = await run("import", norsjo, "--actor", "admin@example.se");
    expect(first.code).toBe(0);
    expect(first.out).toEqual([
      expect.stringMatching(/^Inläst: Norsjö kommun: /),
      "Ny plan: inget fanns sparat under detta id.",
      "Ingen plan för året före finns inläst: inga resultat fördes över.",
      expect.stringMatching(/^Varning: heltidsanstallda: jämförelsevärde saknas/),
      "Chattkommandona gäller nu norsjo-omsorg-2025.",
    ]);
    const store = testTableStore(prefix);
    expect(await new OrganisationSettings(store, new AuditLog(store)).getActivePlanId()).toBe(
      "norsjo-omsorg-2025",
    );

    const second = await run("import", norsjo);
    expect(second.out[1]).toBe("Inga ändringar jämfört med den sparade planen.");

    const shown = await run("show", "norsjo-omsorg-2025");
    expect(shown.code).toBe(0);
    expect(shown.out).toEqual(
      expect.arrayContaining([
        "    Hemtjänst Norsjö (htj-norsjo, HTJ) – rapportör: Megan Bowen",
        "    Indikator sam: SAM – årlig uppföljning – regel: Grön Ja Röd Nej – per enhet [perioder Helår]",
      ]),
    );
    expect((await run("list")).out).toEqual([
      expect.stringMatching(/^norsjo-omsorg-2025\tNorsjö kommun: /),
    ]);
  });

  test("when a plan with mistakes is imported, then it exits 2 and nothing is stored", async () => {
    const own = cli({
      STORAGE_CONNECTION_STRING: testConnectionString(),
      TABLE_PREFIX: uniquePrefix(),
    });
    const result = await own("import", dozen);
    expect(result.code).toBe(2);
    expect(result.err.at(-1)).toBe(`12 fel i ${dozen}: ingenting sparades.`);
    expect((await own("list")).out).toEqual(["Inga planer är inlästa än."]);
  });

  test("when a plan that is not stored is shown, then it exits 2 with a message", async () => {
    expect(await run("show", "finns-inte-2025")).toMatchObject({
      code: 2,
      err: ["Det finns ingen plan med id finns-inte-2025."],
    });
  });

  test("when the template is written, then the file is a workbook that validates as it is", async () => {
    const out = path.join(dir, "mall.xlsx");
    expect(await run("template", out)).toEqual({
      code: 0,
      out: [`Mallen skrevs till ${out}.`],
      err: [],
    });
    const result = await validatePlanFile({ fileName: "mall.xlsx", content: await readFile(out) });
    expect(result.ok).toBe(true);
  });

  test("when a stored plan is exported to YAML, then the file validates as the same plan", async () => {
    await run("import", norsjo);
    const out = path.join(dir, "export.yaml");
    expect((await run("export", "norsjo-omsorg-2025", out)).code).toBe(0);
    const [exported, original] = await Promise.all([
      validatePlanFile({ fileName: "export.yaml", content: await readFile(out) }),
      validatePlanFile({ fileName: "norsjo.yaml", content: await readFile(norsjo) }),
    ]);
    expect(exported.ok && exported.plan).toEqual(original.ok && original.plan);
  });

  test("when the storage configuration is wrong, then it exits 2 naming the variable", async () => {
    const bad = cli({ TABLE_PREFIX: "inte giltigt!" });
    expect(await bad("list")).toMatchObject({
      code: 2,
      err: [expect.stringMatching(/TABLE_PREFIX/)],
    });
  });
});
