// The reminders' configuration: read and checked with the rest in services/config/config.ts.
import { ConfigError, loadConfig, redactedSummary } from "../../../services/config/config";
import { clockStartingAt } from "../../../services/reminders";

describe("the reminders' configuration", () => {
  test("when nothing is set, then reminders run in the bot at Teams' limits on real time", () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      clockStart: undefined,
      reminders: { enabled: true },
      messaging: { perAppPerSecond: 30, perConversationPerSecond: 7 },
    });
    expect(redactedSummary(config)).toMatchObject({
      clockStart: "(verklig tid)",
      remindersEnabled: true,
      messagesPerSecond: 30,
      messagesPerChatPerSecond: 7,
    });
  });

  test("when set, then each is read", () => {
    const config = loadConfig({
      BOT_CLOCK_START: "2025-05-02T06:59:00Z",
      REMINDERS_ENABLED: "false",
      MESSAGES_PER_SECOND: "20",
      MESSAGES_PER_CHAT_PER_SECOND: "5",
    });
    expect(config).toMatchObject({
      clockStart: "2025-05-02T06:59:00Z",
      reminders: { enabled: false },
      messaging: { perAppPerSecond: 20, perConversationPerSecond: 5 },
    });
    expect(loadConfig({ REMINDERS_ENABLED: "0", BOT_CLOCK_START: " " })).toMatchObject({
      reminders: { enabled: false },
      clockStart: undefined,
    });
  });

  test.each([
    ["BOT_CLOCK_START", { BOT_CLOCK_START: "2 maj" }],
    ["BOT_CLOCK_START", { BOT_CLOCK_START: "2025-05-02" }],
    ["REMINDERS_ENABLED", { REMINDERS_ENABLED: "ja" }],
    ["MESSAGES_PER_SECOND", { MESSAGES_PER_SECOND: "0" }],
    ["MESSAGES_PER_SECOND", { MESSAGES_PER_SECOND: "2.5" }],
    ["MESSAGES_PER_CHAT_PER_SECOND", { MESSAGES_PER_CHAT_PER_SECOND: "many" }],
  ])("when %s is wrong, then the start stops with one Swedish line naming it", (variable, env) => {
    let error: unknown;
    try {
      loadConfig(env);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).variable).toBe(variable);
    expect((error as ConfigError).message).toMatch(
      new RegExp(`^Fel i konfigurationen: ${variable} .+\\.$`),
    );
  });

  test("when the clock starts at an instant, then it reads that instant and runs forward from it", async () => {
    let realNow = Date.parse("2026-12-01T10:00:00Z");
    const real = {
      now: () => new Date(realNow),
      sleep: async (ms: number) => {
        realNow += ms;
      },
    };
    const clock = clockStartingAt("2025-05-02T06:59:00Z", real);
    expect(clock.now().toISOString()).toBe("2025-05-02T06:59:00.000Z");
    await clock.sleep(30_000);
    expect(clock.now().toISOString()).toBe("2025-05-02T06:59:30.000Z");
  });
});
