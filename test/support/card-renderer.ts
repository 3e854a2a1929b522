// Renders Adaptive Cards with Microsoft's own renderer (npm `adaptivecards`) in headless Chromium, as
// a Teams client would: parses each card for schema 1.5 and collects every parse and validation
// event (an unknown element, a misspelt property, a duplicate id, ...), then draws it in a message
// column as wide as Teams' (about 450 px) and takes a screenshot. No network: the renderer's script
// and stylesheet are put into a blank page from node_modules.
import fs from "node:fs";
import path from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";

export const CHROMIUM_PATH = "/usr/bin/chromium";
/** Teams' chat message column is about this wide on a desktop client. */
export const TEAMS_CARD_WIDTH = 450;

const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

export interface CardEvent {
  phase: string;
  event: string;
  message: string;
}

/** Colours and fonts close to Teams' light theme, so screenshots look like what people see. */
const TEAMS_HOST_CONFIG = {
  fontFamily: "'Segoe UI', 'Helvetica Neue', 'DejaVu Sans', sans-serif",
  supportsInteractivity: true,
  spacing: { small: 4, default: 8, medium: 16, large: 20, extraLarge: 24, padding: 16 },
  separator: { lineThickness: 1, lineColor: "#E1E1E1" },
  fontSizes: { small: 12, default: 14, medium: 16, large: 18, extraLarge: 24 },
  fontWeights: { lighter: 300, default: 400, bolder: 600 },
  containerStyles: {
    default: {
      backgroundColor: "#FFFFFF",
      foregroundColors: {
        default: { default: "#242424", subtle: "#616161" },
        accent: { default: "#5B5FC7", subtle: "#5B5FC7" },
        good: { default: "#0E700E", subtle: "#0E700E" },
        warning: { default: "#835B00", subtle: "#835B00" },
        attention: { default: "#C4314B", subtle: "#C4314B" },
        dark: { default: "#242424", subtle: "#616161" },
        light: { default: "#FFFFFF", subtle: "#F5F5F5" },
      },
    },
    emphasis: { backgroundColor: "#F5F5F5" },
    good: { backgroundColor: "#E7F2DA" },
    warning: { backgroundColor: "#FBF6D9" },
    attention: { backgroundColor: "#FDF3F4" },
    accent: { backgroundColor: "#E8EBFA" },
  },
  actions: {
    maxActions: 6,
    spacing: "default",
    buttonSpacing: 8,
    showCard: { actionMode: "inline", inlineTopMargin: 16 },
    actionsOrientation: "horizontal",
    actionAlignment: "stretch",
  },
  inputs: { label: { inputSpacing: "small", requiredInputs: { weight: "bolder" } } },
};

const PAGE = `<!doctype html><html lang="sv"><head><meta charset="utf-8"><style>
  body { margin: 0; padding: 12px; background: #F0F0F0; font-family: 'Segoe UI', 'DejaVu Sans', sans-serif; }
  #card { width: ${TEAMS_CARD_WIDTH}px; background: #FFFFFF; border-radius: 6px; box-shadow: 0 1px 2px rgba(0,0,0,.14); overflow: hidden; }
  .ac-pushButton { padding: 6px 12px; border: 1px solid #D1D1D1; border-radius: 4px; background: #FFFFFF; color: #242424; font-weight: 600; }
  .ac-input { font-family: inherit; font-size: 14px; padding: 5px 8px; border: 1px solid #D1D1D1; border-radius: 4px; box-sizing: border-box; }
  textarea.ac-input { min-height: 56px; }
</style></head><body><div id="card"></div></body></html>`;

type RenderCard = (card: object, hostConfig: object) => CardEvent[];

/** Runs in the page (plain JavaScript: the tests' TypeScript has no DOM types). */
const RENDER_SCRIPT = `
window.renderCard = function (json, hostConfig) {
  var AC = window.AdaptiveCards;
  var card = new AC.AdaptiveCard();
  card.hostConfig = new AC.HostConfig(hostConfig);
  var context = new AC.SerializationContext(AC.Versions.v1_5);
  card.parse(json, context);
  var events = [];
  var add = function (e) {
    events.push({ phase: AC.ValidationPhase[e.phase], event: AC.ValidationEvent[e.event], message: e.message });
  };
  for (var i = 0; i < context.eventCount; i += 1) add(context.getEventAt(i));
  card.validateProperties().validationEvents.forEach(add);
  var target = document.getElementById("card");
  target.innerHTML = "";
  var element = card.render();
  if (element) target.appendChild(element);
  else events.push({ phase: "Render", event: "Other", message: "render() returned nothing" });
  return events;
};
`;

export class CardRenderer {
  private constructor(
    private readonly browser: Browser,
    private readonly page: Page,
  ) {}

  static isAvailable(): boolean {
    return fs.existsSync(CHROMIUM_PATH);
  }

  static async launch(): Promise<CardRenderer> {
    const browser = await chromium.launch({
      executablePath: CHROMIUM_PATH,
      args: CHROMIUM_ARGS,
      headless: true,
    });
    const page = await browser.newPage({ viewport: { width: TEAMS_CARD_WIDTH + 24, height: 800 } });
    // Nothing may come from the network: the page and the renderer are local.
    await page.route("**/*", (route) => route.abort());
    await page.setContent(PAGE);
    const dist = path.dirname(require.resolve("adaptivecards/dist/adaptivecards.js"));
    await page.addScriptTag({ path: path.join(dist, "adaptivecards.min.js") });
    await page.addStyleTag({ path: path.join(dist, "adaptivecards.css") });
    await page.addScriptTag({ content: RENDER_SCRIPT });
    return new CardRenderer(browser, page);
  }

  /** Parses and renders a card; returns every parse and validation event (none is good). */
  async render(card: object): Promise<CardEvent[]> {
    return this.page.evaluate(
      ([json, hostConfig]) =>
        (globalThis as unknown as { renderCard: RenderCard }).renderCard(json, hostConfig),
      [card, TEAMS_HOST_CONFIG] as const,
    );
  }

  /**
   * A PNG of the card last rendered, written to `file` (folders created). `crop` keeps only the top
   * or the bottom `height` pixels of a tall card.
   */
  async screenshot(file: string, crop?: { from: "top" | "bottom"; height: number }): Promise<void> {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    const card = this.page.locator("#card");
    const box = await card.boundingBox();
    if (!crop || !box || box.height <= crop.height) {
      await card.screenshot({ path: file });
      return;
    }
    const y = crop.from === "top" ? box.y : box.y + box.height - crop.height;
    await this.page.screenshot({
      path: file,
      fullPage: true,
      clip: { x: box.x, y, width: box.width, height: crop.height },
    });
  }

  async close(): Promise<void> {
    await this.browser.close();
  }
}
