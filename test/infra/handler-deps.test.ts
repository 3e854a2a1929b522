// Handlers and card actions receive the few services they use (docs/architecture.md): none of them
// holds the raw table store or the whole BotServices. The type `Uses<…>` refuses the store; this
// reads the files, so a handler that reaches for `services.store` or `BotServices` anyway is named.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Uses } from "../../bot/services";

const FOLDERS = ["bot/commands/handlers", "bot/card-actions"];

// The type-level half, checked by `npm run typecheck` (tests run without types): if `Uses` ever
// accepted the store, this expected error would be missing and the type check would fail.
// @ts-expect-error the store is not a dep a handler can name
export type StoreAsDeps = Uses<"store">;

/** Left on purpose, each with its reason. */
const ALLOWED: Record<string, { store?: string; whole?: string }> = {
  "bot/card-actions/card-action-router.ts": {
    whole: "the table's row type: any handler whose deps the whole BotServices gives",
  },
  "bot/card-actions/run-card-action.ts": {
    whole: "the runner reaches every handler, so it holds the whole and passes it on",
  },
};

const STORE = [/\bTableStore\b/, /storage\/tables/, /\.store\b/, /\{\s*store\b/];
const WHOLE = [/\bBotServices\b/, /\bDomainServices\b/];

function sources(): string[] {
  return FOLDERS.flatMap((folder) =>
    readdirSync(folder)
      .filter((name) => name.endsWith(".ts"))
      .map((name) => join(folder, name)),
  );
}

/** The lines of a file that match, comments left out (a comment may name the store). */
function offending(file: string, patterns: RegExp[]): string[] {
  return readFileSync(file, "utf8")
    .split("\n")
    .filter((line) => !/^\s*(\/\/|\*|\/\*)/.test(line))
    .filter((line) => patterns.some((pattern) => pattern.test(line)))
    .map((line) => `${file}: ${line.trim()}`);
}

describe("what handlers and card actions receive", () => {
  test("when the handlers and card actions are read, then none holds the table store", () => {
    const files = sources();
    expect(files.length).toBeGreaterThan(15);
    const found = files
      .filter((file) => !ALLOWED[file]?.store)
      .flatMap((file) => offending(file, STORE));
    expect(found).toEqual([]);
  });

  test("when the handlers and card actions are read, then none takes the whole BotServices", () => {
    const found = sources()
      .filter((file) => !ALLOWED[file]?.whole)
      .flatMap((file) => offending(file, WHOLE));
    expect(found).toEqual([]);
  });

  test("when a file is allowed an exception, then it still needs it (a stale exception is named)", () => {
    const stale = Object.entries(ALLOWED).filter(
      ([file, why]) =>
        (why.store && offending(file, STORE).length === 0) ||
        (why.whole && offending(file, WHOLE).length === 0),
    );
    expect(stale.map(([file]) => file)).toEqual([]);
  });
});
