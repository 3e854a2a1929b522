// Reading commander's option values by their type. The hot commands (`--help`, `rule`) must start in
// well under a second, and loading zod alone takes longer than that budget on a busy machine, so
// the few options they take are checked here instead; commands that load storage use zod.
export type OptionValues = Record<string, unknown>;

export function optionalString(values: OptionValues, name: string): string | undefined {
  const value = values[name];
  if (value === undefined || typeof value === "string") return value;
  throw new TypeError(`--${name} ska vara text.`);
}

export function flag(values: OptionValues, name: string): boolean {
  return values[name] === true;
}

export function optionalChoice<T extends string>(
  values: OptionValues,
  name: string,
  choices: readonly T[],
): T | undefined {
  const value = optionalString(values, name);
  if (value === undefined) return undefined;
  const chosen = choices.find((choice) => choice === value);
  if (chosen === undefined) throw new TypeError(`--${name} ska vara ${choices.join(" eller ")}.`);
  return chosen;
}
