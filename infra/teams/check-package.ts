// Checks the Teams app package before it is zipped: the manifest and its localizations against the
// JSON schemas that ship in @microsoft/app-manifest (offline), and what the schema cannot say:
// icon files and sizes, the outline icon's white-on-transparent, Teams' command menu limits, the
// bot id, the version form. Returns every problem found, one line each.
import { readFileSync } from "node:fs";
import path from "node:path";
import Ajv04 from "ajv-draft-04";
import addFormats from "ajv-formats";
import { z } from "zod";
import { readPng } from "../../cards/chart/svg-to-png";
import type { PackageFiles } from "./manifest";

/** Teams' limits for a bot's command menu (stricter than the schema's). */
export const MENU_LIMITS = { commandsPerScope: 10, title: 32, description: 128 } as const;

export const ICON_SIZES = { color: 192, outline: 32 } as const;

const manifestView = z.looseObject({
  manifestVersion: z.string(),
  version: z.string(),
  icons: z.looseObject({ color: z.string(), outline: z.string() }),
  localizationInfo: z
    .looseObject({
      additionalLanguages: z
        .array(z.object({ languageTag: z.string(), file: z.string() }))
        .optional(),
    })
    .optional(),
  bots: z
    .array(
      z.looseObject({
        botId: z.string(),
        commandLists: z
          .array(
            z.looseObject({
              scopes: z.array(z.string()),
              commands: z.array(z.looseObject({ title: z.string(), description: z.string() })),
            }),
          )
          .optional(),
      }),
    )
    .optional(),
});

/** The folder of the Teams schemas of one manifest version inside @microsoft/app-manifest. */
export function schemaDirectory(manifestVersion: string): string {
  const root = path.dirname(require.resolve("@microsoft/app-manifest/package.json"));
  return path.join(root, "build", "json-schemas", "teams", `v${manifestVersion}`);
}

export async function checkPackage(files: PackageFiles, expectedBotId: string): Promise<string[]> {
  const manifestBytes = files.get("manifest.json");
  if (!manifestBytes) return ["manifest.json saknas i paketet"];
  const raw: unknown = JSON.parse(manifestBytes.toString("utf8"));
  const parsed = manifestView.safeParse(raw);
  if (!parsed.success) return [`manifest.json: ${parsed.error.issues[0]?.message ?? "ogiltig"}`];
  const manifest = parsed.data;

  const problems: string[] = [];
  const directory = schemaDirectory(manifest.manifestVersion);
  problems.push(
    ...schemaProblems("manifest.json", raw, path.join(directory, "MicrosoftTeams.schema.json")),
  );
  for (const language of manifest.localizationInfo?.additionalLanguages ?? []) {
    const bytes = files.get(language.file);
    if (!bytes) {
      problems.push(`${language.file} (språket ${language.languageTag}) saknas i paketet`);
      continue;
    }
    const strings: unknown = JSON.parse(bytes.toString("utf8"));
    const schemaUrl = z.object({ $schema: z.string() }).safeParse(strings).data?.$schema;
    if (!schemaUrl?.includes(`/v${manifest.manifestVersion}/`)) {
      problems.push(
        `${language.file}: $schema ska vara version ${manifest.manifestVersion} som manifestet`,
      );
    }
    problems.push(
      ...schemaProblems(
        language.file,
        strings,
        path.join(directory, "MicrosoftTeams.Localization.schema.json"),
      ),
    );
  }
  if (!/^\d+\.\d+\.\d+$/.test(manifest.version)) {
    problems.push(`manifest.json: version ${manifest.version} ska vara MAJOR.MINOR.PATCH`);
  }
  const botId = manifest.bots?.[0]?.botId;
  if (botId !== expectedBotId) {
    problems.push(`manifest.json: bots[0].botId är ${botId ?? "tomt"}, inte MICROSOFT_APP_ID`);
  }
  problems.push(...menuProblems(manifest.bots?.[0]?.commandLists ?? []));
  problems.push(...(await iconProblems(files, manifest.icons.color, ICON_SIZES.color, false)));
  problems.push(...(await iconProblems(files, manifest.icons.outline, ICON_SIZES.outline, true)));
  return problems;
}

function menuProblems(
  lists: ReadonlyArray<{ scopes: string[]; commands: { title: string; description: string }[] }>,
): string[] {
  const problems: string[] = [];
  for (const list of lists) {
    const where = `kommandomenyn (${list.scopes.join(", ")})`;
    if (list.commands.length > MENU_LIMITS.commandsPerScope) {
      problems.push(
        `${where} har ${list.commands.length} kommandon; Teams visar högst ${MENU_LIMITS.commandsPerScope}`,
      );
    }
    const seen = new Set<string>();
    for (const command of list.commands) {
      if (!command.title.trim() || command.title.length > MENU_LIMITS.title) {
        problems.push(`${where}: titeln "${command.title}" ska ha 1–${MENU_LIMITS.title} tecken`);
      }
      if (command.description.length > MENU_LIMITS.description) {
        problems.push(
          `${where}: beskrivningen av "${command.title}" har ${command.description.length} tecken; högst ${MENU_LIMITS.description}`,
        );
      }
      if (seen.has(command.title)) problems.push(`${where}: "${command.title}" finns två gånger`);
      seen.add(command.title);
    }
  }
  return problems;
}

async function iconProblems(
  files: PackageFiles,
  name: string,
  size: number,
  outline: boolean,
): Promise<string[]> {
  const bytes = files.get(name);
  if (!bytes) return [`${name} saknas i paketet`];
  const image = await readPng(bytes);
  if (!image) return [`${name} är ingen PNG-fil`];
  if (image.width !== size || image.height !== size) {
    return [`${name} är ${image.width}×${image.height} pixlar; Teams kräver ${size}×${size}`];
  }
  if (!outline) return [];
  let transparent = 0;
  for (let i = 0; i < image.pixels.length; i += 4) {
    const [r, g, b, a] = image.pixels.subarray(i, i + 4);
    if (a === 0) transparent++;
    else if (r !== 255 || g !== 255 || b !== 255) {
      const x = (i / 4) % size;
      const y = Math.floor(i / 4 / size);
      return [`${name}: pixeln (${x}, ${y}) är inte vit; konturikonen ska vara vit på transparent`];
    }
  }
  return transparent > 0 ? [] : [`${name} har ingen transparent bakgrund`];
}

const compiled = new Map<string, ReturnType<Ajv04["compile"]>>();

function schemaProblems(file: string, value: unknown, schemaFile: string): string[] {
  let validate = compiled.get(schemaFile);
  if (!validate) {
    let schema: unknown;
    try {
      schema = JSON.parse(readFileSync(schemaFile, "utf8"));
    } catch {
      return [
        `${file}: schemat ${schemaFile} finns inte i den installerade @microsoft/app-manifest`,
      ];
    }
    // The Teams schemas are draft-04, and the localization schema has patterns that only compile
    // without the `u` flag (Teams validates them as .NET regular expressions).
    const ajv = new Ajv04({ allErrors: true, strict: false, unicodeRegExp: false });
    addFormats(ajv);
    validate = ajv.compile(z.record(z.string(), z.unknown()).parse(schema));
    compiled.set(schemaFile, validate);
  }
  if (validate(value)) return [];
  return (validate.errors ?? []).map(
    (error) =>
      `${file}${error.instancePath || " (roten)"}: ${error.message ?? "ogiltig"} ${JSON.stringify(error.params)}`,
  );
}
