// The errors a rule or a value gives when it cannot be read: Swedish, quoting what was not
// understood and showing how it can be written, so an admin can fix the text at once.
import { DomainError } from "../errors";

const MAX_QUOTE = 60;

export function quote(text: string): string {
  const short = text.length > MAX_QUOTE ? `${text.slice(0, MAX_QUOTE - 1)}…` : text;
  return `”${short}”`;
}

/** `problem` is a clause such as `förstår inte "banan"`; `hint` a sentence showing a valid form. */
export function ruleUnreadable(ruleText: string, problem: string, hint: string): DomainError {
  return new DomainError(
    "RULE_UNREADABLE",
    `Regeln ${quote(ruleText.trim())} kunde inte läsas: ${problem}. ${hint}`,
    { ruleText },
  );
}

export function valueUnreadable(message: string, value: unknown): DomainError {
  return new DomainError("VALUE_UNREADABLE", message, { value });
}
