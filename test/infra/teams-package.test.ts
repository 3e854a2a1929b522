import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, readdirSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import Ajv04 from "ajv-draft-04";
import addFormats from "ajv-formats";
import JSZip from "jszip";
import { COMMANDS, type CommandSpec } from "../../bot/commands/catalog";
import { checkPackage, schemaDirectory } from "../../infra/teams/check-package";
import { buildPackageFiles, commandLists } from "../../infra/teams/manifest";
import { packageApp } from "../../infra/teams/package-app";
import {
  PackagingError,
  readPackageSettings,
  type PackageSettings,
} from "../../infra/teams/package-settings";
import { pixelsToPng } from "../../cards/chart/svg-to-png";

const root = path.resolve(__dirname, "..", "..");
const appId = "6f1c2d3e-4a5b-4c6d-8e7f-901234567890";
const env = { MICROSOFT_APP_ID: appId, BOT_DOMAIN: "uppfoljning-norsjo.azurewebsites.net" };

function manifestOf(files: Map<string, Buffer>): Record<string, unknown> & {
  manifestVersion: string;
  bots: { botId: string; scopes: string[]; supportsFiles: boolean; commandLists: unknown }[];
} {
  return JSON.parse(files.get("manifest.json")?.toString("utf8") ?? "{}");
}

function jsonOf(files: Map<string, Buffer>, name: string): Record<string, string> {
  return JSON.parse(files.get(name)?.toString("utf8") ?? "{}");
}

function settings(overrides: Record<string, string> = {}): PackageSettings {
  return readPackageSettings({ ...env, ...overrides });
}

describe("the Teams app manifest", () => {
  const files = buildPackageFiles(settings());
  const manifest = manifestOf(files);

  test("when built, then it validates against its schema from @microsoft/app-manifest, offline", () => {
    const schema = JSON.parse(
      readFileSync(
        path.join(schemaDirectory(manifest.manifestVersion), "MicrosoftTeams.schema.json"),
        "utf8",
      ),
    );
    const ajv = new Ajv04({ allErrors: true, strict: false });
    addFormats(ajv);
    const validate = ajv.compile(schema);
    expect(validate.errors ?? []).toEqual([]);
    expect(validate(manifest)).toBe(true);
  });

  test("when built, then the English localization validates against the localization schema", () => {
    const schema = JSON.parse(
      readFileSync(
        path.join(
          schemaDirectory(manifest.manifestVersion),
          "MicrosoftTeams.Localization.schema.json",
        ),
        "utf8",
      ),
    );
    const ajv = new Ajv04({ allErrors: true, strict: false, unicodeRegExp: false });
    addFormats(ajv);
    const validate = ajv.compile(schema);
    expect(validate(jsonOf(files, "en.json"))).toBe(true);
  });

  test("when built, then every check passes: schema, icons, menu limits, bot id", async () => {
    expect(await checkPackage(files, appId)).toEqual([]);
  });

  test("when built, then it uses manifest v1.29, which the installed package ships", () => {
    const shipped = readdirSync(path.dirname(schemaDirectory("1.0")))
      .map((name) => /^v1\.(\d+)$/.exec(name)?.[1])
      .filter((minor): minor is string => minor !== undefined)
      .map(Number);
    expect(manifest.manifestVersion).toBe("1.29");
    expect(shipped).toContain(29);
  });

  test("when built, then the bot is the app's Entra app, in personal chat and teams, and takes files", () => {
    expect(manifest.id).toBe(appId);
    expect(manifest.bots).toHaveLength(1);
    expect(manifest.bots[0]).toMatchObject({
      botId: appId,
      scopes: ["personal", "team"],
      supportsFiles: true,
    });
    expect(manifest.validDomains).toEqual(["uppfoljning-norsjo.azurewebsites.net"]);
    expect(manifest.version).toBe(
      JSON.parse(readFileSync(path.join(root, "package.json"), "utf8")).version,
    );
  });

  test("when APP_VERSION and TEAMS_APP_ID are given, then the manifest carries them", () => {
    const teamsAppId = "0a1b2c3d-0000-4000-8000-000000000001";
    const other = manifestOf(
      buildPackageFiles(settings({ APP_VERSION: "2.3.4", TEAMS_APP_ID: teamsAppId })),
    );
    expect(other).toMatchObject({ version: "2.3.4", id: teamsAppId });
    expect(other.bots[0]?.botId).toBe(appId);
  });
});

describe("the command menu", () => {
  const inMenu = (where: CommandSpec["where"][]) =>
    COMMANDS.filter((command) => command.inMenu && where.includes(command.where));

  test("when built, then each scope lists the catalog's inMenu commands said there, in Swedish", () => {
    const manifest = manifestOf(buildPackageFiles(settings()));
    expect(manifest.bots[0]?.commandLists).toEqual([
      {
        scopes: ["personal"],
        commands: inMenu(["personal", "both"]).map((c) => ({
          title: c.words.sv[0],
          description: c.description.sv,
        })),
      },
      {
        scopes: ["team"],
        commands: inMenu(["channel", "both"]).map((c) => ({
          title: c.words.sv[0],
          description: c.description.sv,
        })),
      },
    ]);
    expect(commandLists("sv")[0]?.commands.map((c) => c.title)).toEqual(
      expect.arrayContaining(["hjälp", "importera plan"]),
    );
  });

  test("when built, then the English file names the same commands by their English words", () => {
    const strings = jsonOf(buildPackageFiles(settings()), "en.json");
    inMenu(["personal", "both"]).forEach((command, j) => {
      expect(strings[`bots[0].commandLists[0].commands[${j}].title`]).toBe(command.words.en[0]);
      expect(strings[`bots[0].commandLists[0].commands[${j}].description`]).toBe(
        command.description.en,
      );
    });
  });

  test("when a menu command breaks Teams' limits, then the check names it", async () => {
    const base = COMMANDS[0] as CommandSpec;
    const long: CommandSpec[] = [
      { ...base, description: { sv: "x".repeat(129), en: "x" } },
      ...Array.from({ length: 10 }, (_, i) => ({
        ...base,
        words: { sv: [`kommando nummer ${i} med en lång titel`], en: [`c${i}`] },
      })),
    ];
    const problems = await checkPackage(buildPackageFiles(settings(), long), appId);
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/kommandomenyn \(personal\) har 11 kommandon; Teams visar högst 10/),
        expect.stringMatching(/beskrivningen av "hjälp" har 129 tecken; högst 128/),
        expect.stringMatching(/titeln "kommando nummer 0 med en lång titel" ska ha 1–32 tecken/),
      ]),
    );
  });
});

describe("the checks the schema cannot make", () => {
  test("when the bot id is not MICROSOFT_APP_ID, then the check says so", async () => {
    const files = buildPackageFiles(settings());
    expect(await checkPackage(files, "11111111-1111-1111-1111-111111111111")).toEqual([
      `manifest.json: bots[0].botId är ${appId}, inte MICROSOFT_APP_ID`,
    ]);
  });

  test.each([
    [
      "color.png",
      pixelsToPng({ width: 96, height: 96, pixels: new Uint8Array(96 * 96 * 4) }),
      /color\.png är 96×96 pixlar; Teams kräver 192×192/,
    ],
    ["outline.png", Buffer.from("GIF89a not a png"), /outline\.png är ingen PNG-fil/],
    [
      "outline.png",
      pixelsToPng({ width: 32, height: 32, pixels: new Uint8Array(32 * 32 * 4).fill(255) }),
      /outline\.png har ingen transparent bakgrund/,
    ],
    [
      "outline.png",
      pixelsToPng({ width: 32, height: 32, pixels: new Uint8Array(32 * 32 * 4).fill(128) }),
      /outline\.png: pixeln \(0, 0\) är inte vit/,
    ],
  ])("when %s is wrong, then the check names it", async (name, bytes, message) => {
    const files = buildPackageFiles(settings());
    files.set(name, Buffer.from(await bytes));
    expect(await checkPackage(files, appId)).toEqual([expect.stringMatching(message)]);
  });

  test("when the manifest breaks its schema, then the check names the field", async () => {
    const files = buildPackageFiles(settings());
    const manifest = manifestOf(files);
    files.set(
      "manifest.json",
      Buffer.from(JSON.stringify({ ...manifest, name: { short: "U".repeat(31) } })),
    );
    expect(await checkPackage(files, appId)).toEqual([
      expect.stringMatching(/^manifest\.json\/name\/short: must NOT have more than 30 characters/),
    ]);
  });
});

describe("packaging settings", () => {
  test.each([
    ["MICROSOFT_APP_ID", {}, /^Kan inte paketera: MICROSOFT_APP_ID saknas: /],
    [
      "MICROSOFT_APP_ID",
      { MICROSOFT_APP_ID: "my-bot" },
      /MICROSOFT_APP_ID ska vara botens Entra-app-id/,
    ],
    [
      "BOT_DOMAIN",
      { ...env, BOT_DOMAIN: "https://x.azurewebsites.net" },
      /BOT_DOMAIN ska vara ett värdnamn/,
    ],
    ["APP_VERSION", { ...env, APP_VERSION: "1.0" }, /APP_VERSION ska vara en version som 1\.4\.0/],
    ["TEAMS_APP_ID", { ...env, TEAMS_APP_ID: "app" }, /TEAMS_APP_ID ska vara ett GUID/],
    [
      "DEVELOPER_PRIVACY_URL",
      { ...env, DEVELOPER_PRIVACY_URL: "http://kommun.se" },
      /https-adress/,
    ],
    [
      "DEVELOPER_WEBSITE_URL",
      { MICROSOFT_APP_ID: appId },
      /DEVELOPER_WEBSITE_URL saknas \(sätt den, eller BOT_DOMAIN/,
    ],
  ])(
    "when %s is missing or wrong, then packaging stops with one line naming it",
    (variable, given, message) => {
      let error: unknown;
      try {
        readPackageSettings(given);
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(PackagingError);
      expect((error as PackagingError).variable).toBe(variable);
      expect((error as PackagingError).message).toMatch(message);
      expect((error as PackagingError).message).not.toContain("\n");
    },
  );

  test("when npm run package runs without MICROSOFT_APP_ID, then it prints one line naming it and exits 2", () => {
    const run = spawnSync(
      process.execPath,
      ["--import", "tsx", path.join(root, "infra", "teams", "package-app.ts")],
      {
        cwd: root,
        env: { PATH: process.env.PATH ?? "", BOT_DOMAIN: env.BOT_DOMAIN },
        encoding: "utf8",
      },
    );
    expect(run.status).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr.trimEnd().split("\n")).toEqual([
      expect.stringMatching(/^Kan inte paketera: MICROSOFT_APP_ID saknas: /),
    ]);
  });
});

describe("the zip", () => {
  test("when packaged, then manifest.json, the English strings and both icons are at its root", async () => {
    const outFile = path.join(
      mkdtempSync(path.join(os.tmpdir(), "app-package-")),
      "appPackage.zip",
    );
    const packaged = await packageApp({ env, outFile });
    expect(packaged.file).toBe(outFile);
    const zip = await JSZip.loadAsync(readFileSync(outFile));
    expect(Object.keys(zip.files).sort()).toEqual([
      "color.png",
      "en.json",
      "manifest.json",
      "outline.png",
    ]);
    const manifest = JSON.parse((await zip.file("manifest.json")?.async("string")) ?? "{}");
    expect(manifest.bots[0].botId).toBe(appId);
  });

  test("when packaged twice from the same inputs, then the zips are the same bytes", async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "app-package-"));
    const first = await packageApp({ env, outFile: path.join(dir, "a.zip") });
    const second = await packageApp({ env, outFile: path.join(dir, "b.zip") });
    expect(readFileSync(first.file).equals(readFileSync(second.file))).toBe(true);
  });
});
