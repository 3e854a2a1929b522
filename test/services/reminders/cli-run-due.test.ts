// `uppfoljning reminders run-due` and `status`, run in-process as cron would run them.
import { runCli } from "../../../cli/program";
import { AuditLog } from "../../../services/audit/audit-log";
import { OrganisationSettings } from "../../../services/settings/organisation-settings";
import { recordingIo } from "../../support/cli";
import { FakeConnector } from "../../support/fake-connector";
import { importGeneratedPlan, installReporters } from "../../support/generated-plan";
import { SchedulerLease } from "../../../services/reminders";
import { testConnectionString, testTableStore, uniquePrefix } from "../../support/storage";
import { FakeClock } from "../../support/test-clocks";

describe("uppfoljning reminders", () => {
  let connector: FakeConnector;
  const prefix = uniquePrefix();
  const env = {
    STORAGE_CONNECTION_STRING: testConnectionString(),
    TABLE_PREFIX: prefix,
    LOG_LEVEL: "silent",
    BOT_CLOCK_START: "2025-05-02T07:00:05Z",
  };

  beforeAll(async () => {
    connector = await FakeConnector.start();
    const store = testTableStore(prefix);
    const plan = await importGeneratedPlan(store, 5);
    await new OrganisationSettings(store, new AuditLog(store)).setActivePlanId(plan.id, "test");
    await installReporters(store, 5, connector.url);
  });
  afterAll(() => connector.stop());

  test("when run-due runs at T1's opening, then the reminders go out and it says what it did; run again, nothing more goes out", async () => {
    const { io, out } = recordingIo();
    expect(await runCli(["reminders", "run-due"], io, env)).toBe(0);
    expect(out).toEqual(["Påminnelser: 1 steg förfallna, 0 missade, 1 jobb klara."]);
    expect(connector.delivered).toHaveLength(5);
    const again = recordingIo();
    expect(await runCli(["reminders", "run-due"], again.io, env)).toBe(0);
    expect(again.out).toEqual(["Påminnelser: 0 steg förfallna, 0 missade, 0 jobb klara."]);
    expect(connector.delivered).toHaveLength(5);
  });

  test("when status is asked, then each step of the schedule is listed in Swedish time with how it went", async () => {
    const { io, out } = recordingIo();
    expect(await runCli(["reminders", "status"], io, env)).toBe(0);
    expect(out).toEqual(
      expect.arrayContaining([
        "2025-05-02 09:00  T1  opening  done skickade 5, rapporterat 0, nås inte 0, misslyckade 0",
        "2025-05-13 09:00  T1  before-3  scheduled",
      ]),
    );
  });

  test("when a bot instance holds the lease, then run-due leaves the work to it", async () => {
    const store = testTableStore(prefix);
    const clock = new FakeClock("2025-05-02T07:00:10Z");
    await new SchedulerLease(store, clock, "bot-instance-1", 60_000).acquire();
    const { io, out } = recordingIo();
    expect(await runCli(["reminders", "run-due"], io, env)).toBe(0);
    expect(out[0]).toMatch(/^En annan instans \(bot-instance-1\) kör påminnelserna till /);
  });
});
