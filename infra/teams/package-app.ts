// `npm run package`: builds appPackage.zip (manifest.json, en.json and the two icons at the zip's
// root) from the environment, checks it, and prints where it is. A wrong variable stops it with one
// line naming the variable; a package that fails a check is not written.
// Run: MICROSOFT_APP_ID=<guid> BOT_DOMAIN=<app>.azurewebsites.net npm run package [-- --out <file>]
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import JSZip from "jszip";
import { buildPackageFiles, type PackageFiles } from "./manifest";
import { checkPackage } from "./check-package";
import { PackagingError, readPackageSettings, type PackageSettings } from "./package-settings";

export const DEFAULT_PACKAGE_PATH = path.join(__dirname, "..", "..", "appPackage.zip");

// A fixed time on every entry: the same inputs give the same zip, byte for byte.
const ENTRY_DATE = new Date("2025-01-01T00:00:00Z");

export class PackageCheckError extends Error {
  constructor(readonly problems: string[]) {
    super(`Teams-appaketet klarar inte kontrollen:\n${problems.map((p) => `- ${p}`).join("\n")}`);
    this.name = "PackageCheckError";
  }
}

export interface PackagedApp {
  file: string;
  settings: PackageSettings;
  entries: string[];
}

export async function packageApp(options: {
  env: Record<string, string | undefined>;
  outFile?: string;
}): Promise<PackagedApp> {
  const settings = readPackageSettings(options.env);
  const files = buildPackageFiles(settings);
  const problems = await checkPackage(files, settings.botId);
  if (problems.length > 0) throw new PackageCheckError(problems);
  const file = path.resolve(options.outFile ?? DEFAULT_PACKAGE_PATH);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, await zip(files));
  return { file, settings, entries: [...files.keys()] };
}

async function zip(files: PackageFiles): Promise<Buffer> {
  const archive = new JSZip();
  for (const [name, bytes] of files) archive.file(name, bytes, { date: ENTRY_DATE });
  return archive.generateAsync({
    type: "nodebuffer",
    compression: "DEFLATE",
    compressionOptions: { level: 9 },
  });
}

function outFileFrom(argv: readonly string[]): string | undefined {
  const at = argv.indexOf("--out");
  return at >= 0 ? argv[at + 1] : undefined;
}

async function main(): Promise<void> {
  try {
    // The packaging's own variables, read through its schema (package-settings.ts).
    const app = await packageApp({ env: process.env, outFile: outFileFrom(process.argv) });
    process.stdout.write(
      `Teams-appaketet är klart: ${app.file}\n` +
        `  version ${app.settings.version}, bot ${app.settings.botId}, ` +
        `domän ${app.settings.botDomain ?? "(ingen)"}; innehåll: ${app.entries.join(", ")}\n` +
        "  Ladda upp det i Teams administrationscenter (Hantera appar → Ladda upp ny app).\n",
    );
  } catch (error) {
    if (error instanceof PackagingError || error instanceof PackageCheckError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(error instanceof PackagingError ? 2 : 1);
    }
    throw error;
  }
}

if (require.main === module) void main();
