// Builds the files of the Teams app package: manifest.json and its English localization from the
// templates beside this file (texts in JSON, ${{VARIABLE}} placeholders filled from the packaging
// settings), the command menu from bot/commands/catalog.ts, and the two icons.
import { readFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import { COMMANDS, type CommandSpec } from "../../bot/commands/catalog";
import type { Locale } from "../../services/i18n/locale";
import type { PackageSettings } from "./package-settings";

export const TEAMS_DIRECTORY = __dirname;

export type MenuScope = "personal" | "team";

export interface MenuCommand {
  title: string;
  description: string;
}

export interface CommandList {
  scopes: [MenuScope];
  commands: MenuCommand[];
}

/** The file names inside the zip, and their bytes. */
export type PackageFiles = Map<string, Buffer>;

// Only what this code reads or sets is described; everything else in the template passes through.
const manifestTemplate = z.looseObject({
  manifestVersion: z.string(),
  icons: z.looseObject({ color: z.string(), outline: z.string() }),
  localizationInfo: z
    .looseObject({
      additionalLanguages: z.array(z.object({ languageTag: z.string(), file: z.string() })),
    })
    .optional(),
  bots: z.tuple([z.looseObject({ botId: z.string() })]),
});

/** Where a command can be said, per Teams scope: a team channel is `channel` in the catalog. */
const SAID_IN: Record<MenuScope, ReadonlyArray<CommandSpec["where"]>> = {
  personal: ["personal", "both"],
  team: ["channel", "both"],
};

/**
 * The command menu: per scope, the catalog's commands with `inMenu`, titled with the words that
 * start them (what Teams puts in the compose box) and described as in the help card.
 */
export function commandLists(
  locale: Locale,
  commands: readonly CommandSpec[] = COMMANDS,
): CommandList[] {
  return (["personal", "team"] as const)
    .map((scope): CommandList => ({
      scopes: [scope],
      commands: commands
        .filter((command) => command.inMenu && SAID_IN[scope].includes(command.where))
        .map((command) => ({
          title: (locale === "en" ? command.words.en[0] : undefined) ?? command.words.sv[0] ?? "",
          description: command.description[locale],
        })),
    }))
    .filter((list) => list.commands.length > 0);
}

/** manifest.json and the localization files, filled in; the icons as they are on disk. */
export function buildPackageFiles(
  settings: PackageSettings,
  commands: readonly CommandSpec[] = COMMANDS,
): PackageFiles {
  const values: Record<string, string> = {
    MICROSOFT_APP_ID: settings.botId,
    TEAMS_APP_ID: settings.teamsAppId,
    APP_VERSION: settings.version,
    DEVELOPER_NAME: settings.developer.name,
    DEVELOPER_WEBSITE_URL: settings.developer.websiteUrl,
    DEVELOPER_PRIVACY_URL: settings.developer.privacyUrl,
    DEVELOPER_TERMS_URL: settings.developer.termsOfUseUrl,
  };
  const template = z
    .record(z.string(), z.unknown())
    .parse(fill(readTemplate("manifest.json"), values));
  const manifest = manifestTemplate.parse(template);
  const files: PackageFiles = new Map();
  files.set(
    "manifest.json",
    json({
      ...template, // the template's order of keys, which zod's parse does not keep
      bots: [{ ...manifest.bots[0], commandLists: commandLists("sv", commands) }],
      validDomains: settings.botDomain ? [settings.botDomain] : [],
    }),
  );
  for (const language of manifest.localizationInfo?.additionalLanguages ?? []) {
    const strings = z.record(z.string(), z.string()).parse(readTemplate(language.file));
    const locale: Locale = language.languageTag.startsWith("en") ? "en" : "sv";
    commandLists(locale, commands).forEach((list, i) =>
      list.commands.forEach((command, j) => {
        strings[`bots[0].commandLists[${i}].commands[${j}].title`] = command.title;
        strings[`bots[0].commandLists[${i}].commands[${j}].description`] = command.description;
      }),
    );
    files.set(language.file, json(strings));
  }
  for (const icon of [manifest.icons.color, manifest.icons.outline]) {
    files.set(icon, readFileSync(path.join(TEAMS_DIRECTORY, icon)));
  }
  return files;
}

function readTemplate(name: string): unknown {
  return JSON.parse(readFileSync(path.join(TEAMS_DIRECTORY, name), "utf8"));
}

/** Replaces every ${{NAME}} in the template's strings; a name without a value is a bug here. */
function fill(value: unknown, values: Record<string, string>): unknown {
  if (typeof value === "string") {
    return value.replace(/\$\{\{([A-Z_]+)\}\}/g, (_match, name: string) => {
      const replacement = values[name];
      if (replacement === undefined) throw new Error(`the template names unknown ${name}`);
      return replacement;
    });
  }
  if (Array.isArray(value)) return value.map((item) => fill(item, values));
  if (typeof value === "object" && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, fill(v, values)]));
  }
  return value;
}

function json(value: unknown): Buffer {
  return Buffer.from(`${JSON.stringify(value, null, 2)}\n`, "utf8");
}
