import {
  startBot,
  testUser,
  personalActivity,
  firstCard,
  cardText,
  type BotHarness,
} from "../support/bot-harness";
import { loadPlan } from "../../services/plan";
import { loadExamplePlan } from "../support/plans";

const admin = testUser(1, "Agnes Admin", "admin@example.se");
const megan = testUser(2, "Megan Bowen", "megan.b@example.se");

describe("ansvariga", () => {
  let bot: BotHarness;
  beforeAll(async () => {
    bot = await startBot({ users: [admin, megan], env: { BOT_ADMINS: "admin@example.se" } });
  });
  afterAll(() => bot.close());

  test("when no plan is loaded, then the admin is told how to load one", async () => {
    const [reply] = await bot.say(admin, "ansvariga");
    expect(reply?.text).toContain("Ingen plan är inläst än");
    expect(reply?.text).toContain("importera plan");
  });

  test("when a reporter has installed the app and others have not, then the card says who can be reached and what to do", async () => {
    await loadExamplePlan(bot, "norsjo-omsorg-2025.yaml");
    await bot.post({
      ...personalActivity(megan, bot.connector.url),
      type: "installationUpdate",
      action: "add",
    });
    const text = cardText(firstCard(await bot.say(admin, "ansvariga")));
    expect(text).toMatch(/Megan Bowen \(megan\.b@example\.se\)\n✔ Nås/);
    expect(text).toMatch(/Adele Vance \(adele\.v@example\.se\)\n✖ Har inte appen/);
    expect(text).toContain("behöver lägga till Uppföljningsboten i Teams");
    // Those who need action are listed before those who are fine.
    expect(text.indexOf("✖ Har inte appen")).toBeLessThan(text.indexOf("✔ Nås"));
  });

  test("when a reporter uninstalls the app, then ansvariga says so", async () => {
    await bot.post({
      ...personalActivity(megan, bot.connector.url),
      type: "installationUpdate",
      action: "remove",
    });
    const text = cardText(firstCard(await bot.say(admin, "ansvariga")));
    expect(text).toMatch(/Megan Bowen \(megan\.b@example\.se\)\n✖ Har tagit bort appen/);
  });

  test("when a reporter who is not an admin asks, then they are refused", async () => {
    const [reply] = await bot.say(megan, "ansvariga");
    expect(reply?.text).toContain("kan bara administratörer använda");
  });
});

describe("ansvarig <enhet> <person>", () => {
  let bot: BotHarness;
  beforeAll(async () => {
    bot = await startBot({ users: [admin, megan], env: { BOT_ADMINS: "admin@example.se" } });
    await loadExamplePlan(bot, "norsjo-omsorg-2025.yaml");
  });
  afterAll(() => bot.close());

  test("when an admin names a new reporter for a unit, then the plan is changed, the card shows before and after, and it is audited", async () => {
    const text = cardText(
      firstCard(await bot.say(admin, "ansvarig  särskilt boende älvgården   Patti.F@example.se")),
    );
    expect(text).toContain("Ansvarig för rapportering: Särskilt boende Älvgården");
    expect(text).toMatch(/isaiah\.l@example\.se\npatti\.f@example\.se/);
    expect(text).toContain("Jag når inte patti.f@example.se än");
    const plan = await loadPlan(bot.app.services.store, "norsjo-omsorg-2025");
    expect(plan?.units.find((u) => u.id === "sabo-alvgarden")?.reporters).toEqual([
      "patti.f@example.se",
    ]);
    expect(plan?.people.map((p) => p.upn)).toContain("patti.f@example.se");
    const [entry] = await bot.app.services.audit.list("norsjo-omsorg-2025");
    expect(entry).toMatchObject({
      actor: "admin@example.se",
      action: "unit.reporters",
      before: { unit: "sabo-alvgarden", reporters: ["isaiah.l@example.se"] },
      after: { unit: "sabo-alvgarden", reporters: ["patti.f@example.se"] },
    });
  });

  test.each([
    ["ansvarig Hemtjänst Umeå anna.berg@example.se", "Jag hittar ingen enhet ”Hemtjänst Umeå”"],
    ["ansvarig Hemtjänst anna.berg@example.se", "Flera enheter passar ”Hemtjänst”"],
    ["ansvarig anna.berg@example.se", "Ange enheten och personen"],
    ["ansvarig Hemtjänst Norsjö Anna", "Jag förstod inte vilken person du menar"],
  ])(
    "when an admin writes %j, then nothing changes and the answer says %j with an example",
    async (text, expected) => {
      const before = await loadPlan(bot.app.services.store, "norsjo-omsorg-2025");
      const [reply] = await bot.say(admin, text);
      expect(reply?.text).toContain(expected);
      expect(reply?.text).toMatch(/Exempel: ansvarig|anna\.berg@kommun\.se/);
      expect(await loadPlan(bot.app.services.store, "norsjo-omsorg-2025")).toEqual(before);
    },
  );

  test("when a non-admin tries it, then they are refused and the plan is unchanged", async () => {
    const before = await loadPlan(bot.app.services.store, "norsjo-omsorg-2025");
    const [reply] = await bot.say(megan, "ansvarig Hemtjänst Norsjö megan.b@example.se");
    expect(reply?.text).toContain("kan bara administratörer använda");
    expect(await loadPlan(bot.app.services.store, "norsjo-omsorg-2025")).toEqual(before);
  });
});
