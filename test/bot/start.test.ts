import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { spawnBot, runBotExpectingExit } from "../support/spawn-bot";
import { testConnectionString, uniquePrefix } from "../support/storage";

const helpActivity = {
  type: "message",
  text: "hjälp",
  channelId: "msteams",
  serviceUrl: "http://127.0.0.1:9/",
  deliveryMode: "expectReplies",
  from: { id: "29:u1", name: "Anna", aadObjectId: "00000000-0000-0000-0000-000000000001" },
  recipient: { id: "28:bot" },
  conversation: { id: "a:1", conversationType: "personal" },
};

function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: "127.0.0.1", port });
    socket.once("connect", () => {
      socket.destroy();
      resolve(false);
    });
    socket.once("error", () => resolve(true));
  });
}

describe("starting the bot as npm start does", () => {
  test("when started with a connection string, then it answers hjälp with the help card and stops cleanly on SIGINT", async () => {
    const bot = await spawnBot({
      PORT: "0",
      STORAGE_CONNECTION_STRING: testConnectionString(),
      TABLE_PREFIX: uniquePrefix(),
    });
    try {
      const health = await (await fetch(`http://127.0.0.1:${bot.port}/healthz`)).json();
      expect(health).toMatchObject({ storage: { reachable: true }, version: expect.any(String) });

      const response = await fetch(`http://127.0.0.1:${bot.port}/api/messages`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify(helpActivity),
      });
      const body = (await response.json()) as {
        activities: { attachments: { content: { version: string } }[] }[];
      };
      expect(body.activities[0]?.attachments[0]?.content.version).toBe("1.5");

      const bad = await fetch(`http://127.0.0.1:${bot.port}/api/messages`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: "{",
      });
      expect(bad.status).toBe(400);
      expect((await fetch(`http://127.0.0.1:${bot.port}/healthz`)).status).toBe(200);
      expect(bot.output()).not.toContain("Azurite (tabelltjänsten) startad");
    } finally {
      expect(await bot.stop("SIGINT")).toBe(0);
    }
  });

  test("when no connection string is set, then it runs its own Azurite with data on disk, and stops it on SIGTERM", async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "uppf-data-"));
    const wasFree = await portIsFree(10002);
    const bot = await spawnBot({ PORT: "0", DATA_DIR: dataDir });
    try {
      const health = await (await fetch(`http://127.0.0.1:${bot.port}/healthz`)).json();
      expect(health).toMatchObject({ status: "ok", storage: { reachable: true } });
      if (wasFree) expect(bot.output()).toContain("Azurite (tabelltjänsten) startad");
    } finally {
      expect(await bot.stop("SIGTERM")).toBe(0);
    }
    if (wasFree) {
      expect(await portIsFree(10002)).toBe(true);
      expect(fs.readdirSync(path.join(dataDir, "azurite"))).toContain("__azurite_db_table__.json");
    }
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  test.each([
    [{ PORT: "abc" }, "PORT"],
    [{ MICROSOFT_APP_TYPE: "Anything" }, "MICROSOFT_APP_TYPE"],
    [{ BOT_ADMINS: "not an id" }, "BOT_ADMINS"],
  ])(
    "when the configuration is %j, then it refuses to start with one line naming %s",
    async (env, variable) => {
      const { code, output } = await runBotExpectingExit(env);
      expect(code).toBe(2);
      expect(output.trim().split("\n")).toHaveLength(1);
      expect(output).toContain(variable);
    },
  );
});
