import fs from "node:fs";
import path from "node:path";
import { listPlans, loadPlan } from "../../services/plan";
import {
  startBot,
  testUser,
  firstCard,
  cardText,
  type BotHarness,
  type TestUser,
} from "../support/bot-harness";

const admin = testUser(1, "Agnes Admin", "admin@example.se");
const megan = testUser(2, "Megan Berg", "megan.b@example.se");
const root = path.resolve(__dirname, "..", "..");
const norsjoYaml = fs.readFileSync(path.join(root, "plans/examples/norsjo-omsorg-2025.yaml"));
const norsjoXlsx = fs.readFileSync(path.join(root, "plans/examples/norsjo-omsorg-2025.xlsx"));
const mistakes = fs.readFileSync(path.join(root, "test/fixtures/plans/dozen-mistakes.yaml"));

function fileAttachment(bot: BotHarness, name: string, content: Buffer) {
  return {
    contentType: "application/vnd.microsoft.teams.file.download.info",
    name,
    content: {
      downloadUrl: bot.connector.serveFile(name, content),
      uniqueId: name,
      fileType: path.extname(name).slice(1),
    },
  };
}

async function sendPlan(bot: BotHarness, user: TestUser, name: string, content: Buffer) {
  return bot.say(user, "importera plan", { attachments: [fileAttachment(bot, name, content)] });
}

describe("importera plan in chat", () => {
  let bot: BotHarness;
  beforeAll(async () => {
    bot = await startBot({ users: [admin, megan], env: { BOT_ADMINS: "admin@example.se" } });
  });
  afterAll(() => bot.close());

  test("when an admin sends the Norsjö plan as YAML, then it is stored, becomes the active plan and the card summarises it", async () => {
    const text = cardText(firstCard(await sendPlan(bot, admin, "norsjo.yaml", norsjoYaml)));
    expect(text).toContain("Planen är importerad");
    expect(text).toMatch(/Indikatorer\n\d+/);
    const plan = await loadPlan(bot.app.services.store, "norsjo-omsorg-2025");
    expect(plan?.organisation).toMatch(/Norsjö/);
    expect(await bot.app.services.settings.getActivePlanId()).toBe("norsjo-omsorg-2025");
  });

  test("when the same plan is sent again as Excel, then it is updated in place and the card says what changed", async () => {
    const text = cardText(firstCard(await sendPlan(bot, admin, "norsjo.xlsx", norsjoXlsx)));
    expect(text).toContain("Planen är uppdaterad");
    expect(text).toContain("Ändringar");
  });

  test("when a plan with a dozen mistakes is sent, then every error is listed with where it is, and nothing is stored", async () => {
    const card = firstCard(await sendPlan(bot, admin, "dozen-mistakes.yaml", mistakes));
    const text = cardText(card);
    expect(text).toMatch(/Planen importerades inte: \d+ fel i dozen-mistakes\.yaml/);
    expect(text).toContain("Inget har sparats");
    const errorCount = Number(/: (\d+) fel/.exec(text)?.[1]);
    expect(errorCount).toBeGreaterThanOrEqual(12);
    expect(text.match(/rad \d+/g)?.length ?? 0).toBeGreaterThanOrEqual(errorCount);
    expect(await bot.app.services.settings.getActivePlanId()).toBe("norsjo-omsorg-2025");
    expect(await listPlans(bot.app.services.store)).toHaveLength(1);
  });

  test("when importera plan comes without a file, then the admin is told to attach it", async () => {
    const [reply] = await bot.say(admin, "importera plan");
    expect(reply?.text).toContain("Bifoga planfilen");
  });

  test("when the file is not a plan file, then it is refused by name", async () => {
    const [reply] = await sendPlan(bot, admin, "semesterbild.png", Buffer.from("png"));
    expect(reply?.text).toContain("semesterbild.png är inte en planfil");
  });

  test("when a person who is not an admin sends a plan, then they get a polite refusal and nothing is read", async () => {
    const before = bot.connector.calls.length;
    const [reply] = await sendPlan(bot, megan, "norsjo.yaml", norsjoYaml);
    expect(reply?.text).toContain("kan bara administratörer använda");
    expect(
      bot.connector.calls.slice(before).filter((c) => c.path.startsWith("/files/")),
    ).toHaveLength(0);
  });
});

describe("the fake connector's file downloads", () => {
  test("when the bot downloads a sent file, then the download is recorded (so the refusal test above can fail)", async () => {
    const bot = await startBot({ users: [admin], env: { BOT_ADMINS: "admin@example.se" } });
    try {
      await sendPlan(bot, admin, "norsjo.yaml", norsjoYaml);
      expect(bot.connector.calls.filter((c) => c.path.startsWith("/files/"))).toHaveLength(1);
    } finally {
      await bot.close();
    }
  });
});
