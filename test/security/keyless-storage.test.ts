// Storage without any key (issue 18): the bot started as `npm start` does with STORAGE_ACCOUNT_URL
// and no connection string, against Azurite over HTTPS with `--oauth basic`, gets its token from a
// local managed identity endpoint (App Service's shape) and reads and writes with it. A token for
// another audience is refused by Azurite, so the requests that succeed were authorised by the bearer
// token and nothing else: the bot process has no key to fall back on.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { startAzuriteProcess, type AzuriteProcess } from "../support/azurite-process";
import {
  startManagedIdentityFake,
  type ManagedIdentityFake,
} from "../support/managed-identity-fake";
import { spawnBot, type SpawnedBot } from "../support/spawn-bot";
import { uniquePrefix } from "../support/storage";

jest.setTimeout(180_000);

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

interface Reply {
  text?: string;
  attachments?: { content: { version?: string } }[];
}

async function sayHelp(bot: SpawnedBot): Promise<Reply[]> {
  const response = await fetch(`http://127.0.0.1:${bot.port}/api/messages`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(helpActivity),
  });
  return ((await response.json()) as { activities: Reply[] }).activities;
}

describe("storage reached with a managed identity, no key", () => {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), "uppf-keyless-"));
  let azurite: AzuriteProcess;
  let identity: ManagedIdentityFake;
  let env: Record<string, string>;

  beforeAll(async () => {
    const cert = path.join(folder, "cert.pem");
    const key = path.join(folder, "key.pem");
    execFileSync(
      "openssl",
      [
        "req",
        "-x509",
        "-newkey",
        "rsa:2048",
        "-nodes",
        "-days",
        "1",
        "-keyout",
        key,
        "-out",
        cert,
        "-subj",
        "/CN=127.0.0.1",
        "-addext",
        "subjectAltName=IP:127.0.0.1",
      ],
      { stdio: "ignore" },
    );
    azurite = await startAzuriteProcess({
      location: path.join(folder, "data"),
      tls: { cert, key },
    });
    identity = await startManagedIdentityFake();
    env = {
      PORT: "0",
      STORAGE_ACCOUNT_URL: `https://127.0.0.1:${azurite.port}/devstoreaccount1`,
      TABLE_PREFIX: uniquePrefix(),
      STORAGE_TIMEOUT_MS: "10000",
      // Trust the throwaway certificate, as a real account's is trusted through the system's CAs.
      NODE_EXTRA_CA_CERTS: cert,
      ...identity.env,
    };
  });

  afterAll(async () => {
    await identity?.stop();
    await azurite?.stop();
    fs.rmSync(folder, { recursive: true, force: true });
  });

  test("when the identity's token is for another audience, then storage refuses it and the person is told storage failed", async () => {
    identity.audience = "https://vault.azure.net";
    const bot = await spawnBot(env, 90_000);
    try {
      expect((await sayHelp(bot)).map((reply) => reply.text)).toEqual([
        "Något gick fel hos lagringen, försök igen om en stund.",
      ]);
      // A token was issued and sent: it was the token that storage refused.
      expect(identity.requests.filter((request) => request.secretMatched).length).toBeGreaterThan(
        0,
      );
    } finally {
      await bot.stop("SIGTERM");
    }
  });

  test("when the bot has STORAGE_ACCOUNT_URL and the managed identity, then it reads and writes with the bearer token and answers hjälp", async () => {
    identity.audience = "https://storage.azure.com";
    identity.requests.length = 0;
    const bot = await spawnBot(env, 90_000);
    try {
      const replies = await sayHelp(bot);
      expect(replies[0]?.attachments?.[0]?.content.version).toBe("1.5");
      expect(bot.output()).not.toMatch(/AccountKey|SharedKey/);
      expect(identity.requests.length).toBeGreaterThan(0);
      expect(identity.requests.every((request) => request.secretMatched)).toBe(true);
      expect(identity.requests[0]?.resource).toMatch(/^https:\/\/storage\.azure\.com/);
    } finally {
      await bot.stop("SIGTERM");
    }
  });
});
