// Reads normalised rule text piece by piece with sticky patterns. When a piece cannot be read it
// fails quoting the words it stopped at, which is what an admin needs to see to fix the text.
import { quote, ruleUnreadable } from "./rule-errors";

/** Patterns given to `read` must carry the `y` (sticky) flag. */
export class RuleCursor {
  private position = 0;

  constructor(
    private readonly source: string,
    /** The rule as the admin wrote it, for error messages. */
    private readonly ruleText: string,
  ) {
    this.skipSpaces();
  }

  get atEnd(): boolean {
    return this.position >= this.source.length;
  }

  /** Reads `pattern` at the cursor and the spaces after it; null (and no move) when it is not there. */
  read(pattern: RegExp): RegExpExecArray | null {
    pattern.lastIndex = this.position;
    const match = pattern.exec(this.source);
    if (!match) return null;
    this.position = pattern.lastIndex;
    this.skipSpaces();
    return match;
  }

  /** Everything not read yet. */
  rest(): string {
    return this.source.slice(this.position).trim();
  }

  /** Consumes and returns the rest. */
  takeRest(): string {
    const rest = this.rest();
    this.position = this.source.length;
    return rest;
  }

  /** Fails on what is left: `förstår inte "<rest>"`, or `missing` when nothing is left. */
  fail(missing: string, hint: string): never {
    const rest = this.rest();
    throw ruleUnreadable(this.ruleText, rest ? `förstår inte ${quote(rest)}` : missing, hint);
  }

  private skipSpaces(): void {
    while (this.source[this.position] === " ") this.position += 1;
  }
}
