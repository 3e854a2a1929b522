import ExcelJS from "exceljs";
import { runCli } from "../../cli/program";
import { VERBS } from "../../cards/verbs";
import {
  startBot,
  testUser,
  personalActivity,
  cardText,
  type BotHarness,
} from "../support/bot-harness";
import { recordingIo } from "../support/cli";
import { invoke } from "../support/card-actions";
import { loadExamplePlan } from "../support/plans";
import { reportNorsjoT1 } from "../support/reports";
import { testConnectionString } from "../support/storage";

const admin = testUser(1, "Alex Admin", "admin@example.se");
const megan = testUser(2, "Megan Bowen", "megan.b@example.se");
// 12 May 2025: Norsjö's T1 is open (2–16 May).
const now = () => new Date("2025-05-12T09:00:00Z");
const PLAN = "norsjo-omsorg-2025";

describe("summary drill-down and export", () => {
  let bot: BotHarness;
  let prefix: string;
  beforeAll(async () => {
    bot = await startBot({ users: [admin, megan], env: { BOT_ADMINS: "admin@example.se" }, now });
    prefix = bot.app.services.config.storage.tablePrefix;
    await loadExamplePlan(bot, "norsjo-omsorg-2025.yaml");
    await reportNorsjoT1(bot);
  });
  afterAll(() => bot.close());

  test("when the overview is asked for, then the headline counts one status per unit and indicator, with the chart", async () => {
    const { card } = await invoke(bot, admin, VERBS.summaryOverview, {
      planId: PLAN,
      periodId: "T1",
    });
    const text = cardText(card);
    // Sjukfrånvaro ✔ ▲ ✖, budget ✔ ▲ ✔, heltid not judged ×3 (no baseline yet), Älvgården missing ×3.
    expect(text).toContain("Tertial 1: 3 gröna, 2 gula, 1 röd, 3 ej rapporterade, 3 ej bedömda");
    expect(text).toContain("3 av 5 enheter har rapporterat.");
    expect(text).not.toContain("Σ:"); // no target for the whole organisation in this plan
    expect(text).toContain("○ Särskilt boende Älvgården (Isaiah Langer)");
    expect(JSON.stringify(card)).toMatch(/"url":"data:image\/png;base64,iVBORw0KGgo/);
  });

  test("when a goal area is opened, then each indicator shows its units' values and statuses in words and symbols", async () => {
    const { card } = await invoke(bot, admin, VERBS.summaryArea, {
      planId: PLAN,
      periodId: "T1",
      areaId: "kf",
      page: 0,
    });
    const text = cardText(card);
    expect(text).toContain("✖ Röd · Sjukfrånvaro");
    expect(text).toContain("1 av 3 enheter gröna");
    expect(text).toMatch(/Särskilt boende Norrgården\n7,5\u00a0%\n✖ Röd/);
    expect(text).toMatch(/Särskilt boende Älvgården\n–\n○ Ej rapporterad/);
    expect(text).toContain("Tillbaka");
  });

  test("when the card data is forged, then the person is told and nothing breaks", async () => {
    const { message } = await invoke(bot, admin, VERBS.summaryArea, {
      planId: PLAN,
      periodId: { $ne: 1 },
      areaId: "kf",
    });
    expect(message).toContain("Kortet skickade något jag inte förstod");
  });

  test("when an admin exports T1 in chat and accepts the file, then the workbook is uploaded and a file card is shown", async () => {
    const replies = await bot.say(admin, "exportera T1");
    const consent = replies[0]?.attachments?.[0];
    expect(consent?.contentType).toBe("application/vnd.microsoft.teams.card.file.consent");
    const context = (consent?.content as { acceptContext: unknown }).acceptContext;
    const uploadUrl = `${bot.connector.url}upload/norsjo-T1.xlsx`;
    const { status } = await bot.post({
      ...personalActivity(admin, bot.connector.url),
      type: "invoke",
      name: "fileConsent/invoke",
      value: {
        type: "fileUpload",
        action: "accept",
        context,
        uploadInfo: {
          name: "norsjo-T1.xlsx",
          uploadUrl,
          contentUrl: "https://contoso.example/norsjo-T1.xlsx",
          uniqueId: "u-1",
          fileType: "xlsx",
        },
      },
    });
    expect(status).toBe(200);
    const uploaded = bot.connector.uploads.get("norsjo-T1.xlsx");
    expect(uploaded).toBeDefined();
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(uploaded as unknown as ArrayBuffer);
    expect(String(workbook.worksheets[0]?.getCell("A1").value)).toContain("Tertial 1: 3 gröna");
    const fileCard = bot.connector.delivered.find((c) =>
      JSON.stringify(c.body).includes("file.info"),
    );
    expect(JSON.stringify(fileCard?.body)).toContain("norsjo-T1.xlsx");
  });

  test("when someone who is not an admin asks for an export, then they are refused", async () => {
    const [reply] = await bot.say(megan, "exportera T1");
    expect(reply?.text).toContain("kan bara administratörer använda");
  });

  test("when the CLI exports the period, then the same workbook is written", async () => {
    const { io, out, err } = recordingIo();
    const file = `/tmp/uppf-export-${prefix}.xlsx`;
    const code = await runCli(["export", PLAN, "T1", file], io, {
      STORAGE_CONNECTION_STRING: testConnectionString(),
      TABLE_PREFIX: prefix,
    });
    expect(err).toEqual([]);
    expect(code).toBe(0);
    expect(out.join("\n")).toContain(`Skrev ${file}`);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    expect(workbook.worksheets.map((w) => w.name)).toContain("Sammanställning");
  });

  test("when the CLI is given a period the plan does not have, then it exits 2 and names the periods", async () => {
    const { io, err } = recordingIo();
    const code = await runCli(["export", PLAN, "T9", "/tmp/x.xlsx"], io, {
      STORAGE_CONNECTION_STRING: testConnectionString(),
      TABLE_PREFIX: prefix,
    });
    expect(code).toBe(2);
    expect(err.join("\n")).toMatch(/ingen period ”T9”.*T1, T2/);
  });
});
