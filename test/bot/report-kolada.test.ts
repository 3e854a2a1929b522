import { startBot, testUser, firstCard, cardText, type BotHarness } from "../support/bot-harness";
import { loadExamplePlan } from "../support/plans";
import { startFakeKolada, type FakeKolada } from "../support/fake-kolada";
import { createKoladaClient, readKolada } from "../../services/kolada";

const amina = testUser(4, "Amina Yusuf", "amina.yusuf@example.se");
// 10 February 2025: Norrköping's Helår 2024 report is open (1–28 February).
const now = () => new Date("2025-02-10T09:00:00Z");

describe("Kolada figures on the report card", () => {
  let bot: BotHarness;
  let kolada: FakeKolada;
  beforeAll(async () => {
    kolada = await startFakeKolada();
    // U23471 (SÄBO helhetssyn) for Norrköping: 80 % in 2023, 83 % published for 2024.
    kolada.setValue("U23471", "0581", 2023, 80);
    kolada.setValue("U23471", "0581", 2024, 83);
    bot = await startBot({ users: [amina], now, env: { KOLADA_API_URL: kolada.url } });
    const plan = await loadExamplePlan(bot, "norrkoping-von-2024.yaml");
    await readKolada(
      bot.app.services.store,
      plan,
      createKoladaClient({ baseUrl: kolada.url }),
      now,
    );
  });
  afterAll(async () => {
    await bot.close();
    await kolada.close();
  });

  test("when the SÄBO unit opens Helår, then last year's Kolada figure is beside the field with its source, and this year's is filled in to confirm", async () => {
    const text = cardText(firstCard(await bot.say(amina, "rapportera Helår")));
    // m1-i6 (Öka), compared with Kolada 2023; Kolada 2024's 83 is offered: +3 against 80, green.
    expect(text).toContain("Kolada 2023\n80\u00a0%");
    expect(text).toContain("Källa\nKolada");
    expect(text).toContain("Kolada 2024\n83\u00a0% (förifyllt: bekräfta eller ändra)");
    expect(text).toMatch(/83 är högre än jämförelsevärdet 80.*Källa: Kolada/);
  });
});
