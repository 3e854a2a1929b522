// The Messenger port on Teams (bot/teams-messenger.ts) against the fake Bot Connector: one request
// per call (the SDK's own retries are off), Teams' answers as typed DeliveryErrors, the limits kept.
import { TeamsMessenger } from "../../bot/teams-messenger";
import { loadConfig } from "../../services/config/config";
import { silentLogger } from "../../services/logging/logger";
import { DeliveryError, type ConversationReference } from "../../services/messaging";
import { FakeConnector } from "../support/fake-connector";

function reference(connector: FakeConnector, conversationId: string): ConversationReference {
  return {
    channelId: "msteams",
    serviceUrl: connector.url,
    conversation: { id: conversationId, conversationType: "personal", tenantId: "t" },
    bot: { id: "28:bot", name: "Uppföljningsboten" },
    user: { id: `29:${conversationId}` },
    activityId: "the-message-it-was-taken-from",
  };
}

const message = {
  text: "Dags att rapportera",
  card: { type: "AdaptiveCard", version: "1.5", body: [] },
};

describe("the Teams messenger", () => {
  let connector: FakeConnector;
  let messenger: TeamsMessenger;
  const limits = { perAppPerSecond: 50, perConversationPerSecond: 7 };

  beforeEach(async () => {
    connector = await FakeConnector.start();
    messenger = new TeamsMessenger({
      config: loadConfig({}),
      logger: silentLogger,
      limits,
      timeoutMs: 1_000,
    });
  });
  afterEach(() => connector.stop());

  test("when a message is sent, then it is one new message in the conversation with the card, and its id comes back", async () => {
    const sent = await messenger.sendToPerson(reference(connector, "a:personal-1"), message);
    const [call] = connector.calls;
    expect(connector.calls).toHaveLength(1);
    expect(call).toMatchObject({ kind: "send", conversationId: "a:personal-1", status: 200 });
    expect(call?.body).toMatchObject({
      type: "message",
      summary: "Dags att rapportera",
      attachments: [{ contentType: "application/vnd.microsoft.card.adaptive" }],
    });
    expect(sent).toEqual({
      activityId: expect.stringMatching(/^act-/),
      conversationId: "a:personal-1",
    });
    await messenger.updateMessage(reference(connector, "a:personal-1"), sent.activityId, {
      text: "Klart",
    });
    expect(connector.calls[1]).toMatchObject({ kind: "update", activityId: sent.activityId });
  });

  test.each([
    [503, "transient"],
    [502, "transient"],
    [504, "transient"],
    [500, "transient"],
    [412, "transient"],
    [429, "throttled"],
    [403, "unreachable"],
    [404, "unreachable"],
    [413, "tooLarge"],
    [400, "failed"],
    [401, "failed"],
  ])(
    "when Teams answers %i, then exactly one request was made and the error says %s",
    async (status, kind) => {
      connector.failNext(1, { status, retryAfterSeconds: status === 429 ? 2 : undefined });
      const error = await messenger
        .sendToPerson(reference(connector, "a:personal-1"), message)
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(DeliveryError);
      expect(error).toMatchObject({ kind, status });
      if (status === 429) expect(error).toMatchObject({ retryAfterMs: 2000 });
      expect(connector.calls).toHaveLength(1);
    },
  );

  test("when Teams answers 429 with Retry-After, then the next message waits it out", async () => {
    connector.failNext(1, { status: 429, retryAfterSeconds: 1 });
    await messenger
      .sendToPerson(reference(connector, "a:personal-1"), message)
      .catch(() => undefined);
    await messenger.sendToPerson(reference(connector, "a:personal-2"), message);
    const [refused, next] = connector.calls;
    expect(next!.at - refused!.at).toBeGreaterThanOrEqual(1000);
  });

  test("when Teams does not answer in time, then the send fails as worth another try", async () => {
    connector.setDelay(1_500);
    await expect(
      messenger.sendToPerson(reference(connector, "a:personal-1"), message),
    ).rejects.toMatchObject({ kind: "transient", status: 0 });
  });

  test("when 150 messages and 15 updates of one message go out at once while Teams enforces the limits, then none is throttled", async () => {
    connector.setLimits({ perAppPerSecond: 50, perConversationPerSecond: 7 });
    const first = await messenger.sendToPerson(reference(connector, "a:personal-admin"), message);
    await Promise.all([
      ...Array.from({ length: 150 }, (_, i) =>
        messenger.sendToPerson(reference(connector, `a:personal-${i}`), message),
      ),
      ...Array.from({ length: 15 }, () =>
        messenger.updateMessage(
          reference(connector, "a:personal-admin"),
          first.activityId,
          message,
        ),
      ),
    ]);
    expect(connector.throttled).toBe(0);
    expect(connector.delivered).toHaveLength(166);
  });

  test("when the limiter cannot give a slot within the caller's wait, then nothing is sent", async () => {
    const slow = new TeamsMessenger({
      config: loadConfig({}),
      logger: silentLogger,
      limits: { perAppPerSecond: 1, perConversationPerSecond: 1 },
    });
    await slow.sendToPerson(reference(connector, "a:personal-1"), message);
    await expect(
      slow.sendToPerson(reference(connector, "a:personal-2"), message, { maxWaitMs: 100 }),
    ).rejects.toMatchObject({ kind: "notSent" });
    expect(connector.calls).toHaveLength(1);
  });

  test("when a team's roster is read and a 1:1 chat opened with a member, then the roster comes page by page and the new chat can be written to", async () => {
    for (let i = 0; i < 450; i += 1) {
      connector.addMember({
        id: `29:member-${i}`,
        aadObjectId: `aad-${i}`,
        name: `Member ${i}`,
        userPrincipalName: `Member.${i}@Example.se`,
      });
    }
    const team = { reference: reference(connector, "19:channel@thread.tacv2"), teamId: "19:team" };
    const members = [];
    let continuation: string | undefined;
    do {
      const page = await messenger.rosterPage(team, continuation);
      members.push(...page.members);
      continuation = page.continuation;
    } while (continuation);
    expect(members).toHaveLength(450);
    expect(members[449]).toEqual({
      id: "29:member-449",
      name: "Member 449",
      aadObjectId: "aad-449",
      upn: "member.449@example.se",
    });
    expect(connector.calls.filter((c) => c.kind === "members")).toHaveLength(3);
    expect(connector.calls[0]?.path).toContain("19%3Ateam");

    const chat = await messenger.openPersonalChat(team.reference, members[7]!);
    expect(chat.conversationId).toBe("a:personal-29:member-7");
    const created = connector.calls.find((c) => c.kind === "createConversation");
    expect(created?.body).toMatchObject({ isGroup: false, members: [{ id: "29:member-7" }] });
    await messenger.sendToPerson(chat.reference, message);
    expect(connector.deliveredTo("a:personal-29:member-7")).toHaveLength(1);
  });
});
