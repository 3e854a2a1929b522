// Text from people and files (comments, narrative answers, names, plan texts) is text, never
// markup: a TextBlock renders markdown (links, emphasis, lists, headings), some clients render
// HTML, and control and bidi characters can hide or reorder what is read. `plainText` makes any
// string show as written; `withoutControls` is for places that are plain already (input labels,
// button titles). cards/render.ts applies them to every card, after the template is expanded.

// Line breaks of every kind become \n; a tab becomes a space.
const LINE_BREAKS = /\r\n?|[\u2028\u2029\u0085]/g;
// C0 and C1 controls (except \n and \t), DEL, bidi embeddings/overrides/isolates and marks,
// zero-width spaces and joiners that hide characters, the BOM, interlinear annotations.
const HIDDEN =
  // eslint-disable-next-line no-control-regex -- control characters are what is removed here
  /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200b\u200e\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\ufff9-\ufffb]/g;

/** Removes control, bidi and invisible characters; keeps the text's words and line breaks. */
export function withoutControls(text: string): string {
  return text.replace(LINE_BREAKS, "\n").replace(/\t/g, " ").replace(HIDDEN, "");
}

// Backslash escapes are CommonMark's own way to say "this character is text".
// Anywhere: emphasis, links and images, code, strike-through, tables, escapes themselves.
const ALWAYS = /[\\*_[\]`~|]/g;
// Only where they would start something: an HTML tag or autolink, an entity, a date function.
const TAG_START = /<(?=[A-Za-z!?]|\/[A-Za-z])/g;
const ENTITY = /&(?=#?[A-Za-z0-9]+;)/g;
const TEMPLATE = /\{(?=\{)/g;
// At the start of a line: headings, quotes, list markers, setext underlines.
const LINE_START = /^( {0,3})([#>+=-])/gm;
const ORDERED_LIST = /^( {0,3}\d{1,9})([.)])/gm;

/** Any text, safe for an Adaptive Card TextBlock or fact: it shows exactly as written. */
export function plainText(text: string): string {
  return withoutControls(text)
    .replace(ALWAYS, "\\$&")
    .replace(TAG_START, "\\<")
    .replace(ENTITY, "\\&")
    .replace(TEMPLATE, "\\{")
    .replace(LINE_START, "$1\\$2")
    .replace(ORDERED_LIST, "$1\\$2");
}
