// Reads what the infra tests check in a Bicep file, without a Bicep compiler (none can be installed
// here: not on npm, not in Debian, and `az bicep install` downloads one). It understands only the
// regular shapes main.bicep is written in: one declaration per line, objects with one `key: value`
// per line, strings in single quotes.

export interface BicepParam {
  name: string;
  type: string;
  /** The default's source text, when there is one. */
  defaultValue: string | undefined;
  /** Decorator names, e.g. `secure`, `allowed`. */
  decorators: string[];
}

export interface BicepResource {
  symbol: string;
  type: string;
  apiVersion: string;
  /** The object after `=`, braces included. */
  body: string;
}

/** The text with comments blanked out (newlines kept), strings left alone. */
export function stripComments(text: string): string {
  let out = "";
  let i = 0;
  while (i < text.length) {
    const rest = text.slice(i, i + 3);
    if (rest === "'''") {
      const end = text.indexOf("'''", i + 3);
      const stop = end < 0 ? text.length : end + 3;
      out += text.slice(i, stop);
      i = stop;
    } else if (text[i] === "'") {
      let j = i + 1;
      while (j < text.length && text[j] !== "'") j += text[j] === "\\" ? 2 : 1;
      out += text.slice(i, j + 1);
      i = j + 1;
    } else if (rest.startsWith("//")) {
      const end = text.indexOf("\n", i);
      const stop = end < 0 ? text.length : end;
      out += " ".repeat(stop - i);
      i = stop;
    } else if (rest.startsWith("/*")) {
      const end = text.indexOf("*/", i + 2);
      const stop = end < 0 ? text.length : end + 2;
      out += text.slice(i, stop).replace(/[^\n]/g, " ");
      i = stop;
    } else {
      out += text[i];
      i++;
    }
  }
  return out;
}

/** The balanced `{…}` or `[…]` that opens at `start`, brackets inside strings ignored. */
export function balanced(text: string, start: number): string {
  const open = text[start];
  if (open !== "{" && open !== "[") throw new Error(`no block opens at ${start}`);
  let depth = 0;
  for (let i = start; i < text.length; i++) {
    const c = text[i];
    if (c === "'") {
      i++;
      while (i < text.length && text[i] !== "'") i += text[i] === "\\" ? 2 : 1;
    } else if (c === "{" || c === "[" || c === "(") depth++;
    else if (c === "}" || c === "]" || c === ")") {
      depth--;
      if (depth === 0) return text.slice(start, i + 1);
    }
  }
  throw new Error(`the block that opens at ${start} never closes`);
}

/** Whether every bracket closes, in order, outside strings. */
export function bracketsBalance(text: string): boolean {
  const stack: string[] = [];
  const pairs: Record<string, string> = { "}": "{", "]": "[", ")": "(" };
  for (let i = 0; i < text.length; i++) {
    const c = text[i] ?? "";
    if (c === "'") {
      i++;
      while (i < text.length && text[i] !== "'") i += text[i] === "\\" ? 2 : 1;
    } else if ("{[(".includes(c)) stack.push(c);
    else if (c in pairs && stack.pop() !== pairs[c]) return false;
  }
  return stack.length === 0;
}

export function readParams(source: string): BicepParam[] {
  const lines = stripComments(source).split("\n");
  const params: BicepParam[] = [];
  let decorators: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = (lines[i] ?? "").trim();
    const decorator = /^@(\w+)/.exec(line);
    if (decorator?.[1]) {
      decorators.push(decorator[1]);
      // A decorator may span lines (`@allowed([` … `])`): skip to where its brackets close.
      let text = line;
      while (!bracketsBalance(text) && i + 1 < lines.length) text += `\n${lines[++i] ?? ""}`;
      continue;
    }
    const param = /^param (\w+) (\w+)(?: = (.+))?$/.exec(line);
    if (param?.[1] && param[2]) {
      params.push({ name: param[1], type: param[2], defaultValue: param[3], decorators });
    }
    if (line) decorators = [];
  }
  return params;
}

export function readResources(source: string): BicepResource[] {
  const text = stripComments(source);
  const declaration = /^resource (\w+) '([^'@]+)@([^']+)' = \{/gm;
  return [...text.matchAll(declaration)].map((match) => ({
    symbol: match[1] ?? "",
    type: match[2] ?? "",
    apiVersion: match[3] ?? "",
    body: balanced(text, (match.index ?? 0) + match[0].length - 1),
  }));
}

/** The top-level `key: value` entries of an object `{…}`; nested values as their source text. */
export function entries(object: string): Map<string, string> {
  const inner = object.slice(1, -1);
  const found = new Map<string, string>();
  let i = 0;
  while (i < inner.length) {
    const match = /^\s*([A-Za-z_$][\w$]*|'[^']*'):[ \t]*/.exec(inner.slice(i));
    if (!match?.[1]) {
      const next = inner.indexOf("\n", i);
      if (next < 0) break;
      i = next + 1;
      continue;
    }
    const key = match[1].replace(/^'|'$/g, "");
    const valueStart = i + match[0].length;
    const first = inner[valueStart];
    let value: string;
    if (first === "{" || first === "[") value = balanced(inner, valueStart);
    else {
      const end = inner.indexOf("\n", valueStart);
      value = inner.slice(valueStart, end < 0 ? inner.length : end).trim();
    }
    found.set(key, value);
    i = valueStart + value.length;
  }
  return found;
}

/** The value at a dotted path in an object's source, e.g. `properties.siteConfig.alwaysOn`. */
export function valueAt(object: string, dottedPath: string): string | undefined {
  let current: string | undefined = object;
  for (const key of dottedPath.split(".")) {
    if (current === undefined || !current.startsWith("{")) return undefined;
    current = entries(current).get(key);
  }
  return current;
}
