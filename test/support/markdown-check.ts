// Renders a card's texts as Teams does, as markdown (markdown-it with HTML on: the most a client
// could render), and lists what became markup instead of text: links, emphasis, headings, lists,
// quotes, code, tables, images, HTML.
import MarkdownIt from "markdown-it";

const markdown = new MarkdownIt({ html: true, linkify: false });
const MARKUP =
  /<(a|strong|em|s|del|h[1-6]|ul|ol|li|blockquote|code|pre|table|img|script|hr|b|i)\b/gi;

/** Every TextBlock text and fact title/value of a card: where Teams renders markdown. */
export function markdownTexts(card: unknown): string[] {
  const texts: string[] = [];
  const walk = (node: unknown, inFacts = false): void => {
    if (Array.isArray(node)) node.forEach((child) => walk(child, inFacts));
    else if (node && typeof node === "object") {
      const element = node as Record<string, unknown>;
      if (element.type === "TextBlock" && typeof element.text === "string")
        texts.push(element.text);
      if (inFacts)
        for (const key of ["title", "value"]) {
          if (typeof element[key] === "string") texts.push(element[key]);
        }
      for (const [key, value] of Object.entries(element)) {
        if (key !== "data") walk(value, element.type === "FactSet" && key === "facts");
      }
    }
  };
  walk(card);
  return texts;
}

/** The HTML markdown-it makes of the text, and the markup elements in it. */
export function renderMarkdown(text: string): { html: string; markup: string[]; shown: string } {
  const html = markdown.render(text);
  const markup = [...html.matchAll(MARKUP)]
    .map((match) => match[1] ?? "")
    .filter((tag) => tag !== "");
  const shown = html
    .replace(/<[^>]+>/g, "")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, "&")
    .replace(/\s+/g, " ")
    .trim();
  return { html, markup, shown };
}
