import http from "node:http";
import type { AddressInfo } from "node:net";
import {
  GraphClient,
  GraphUnavailableError,
  graphAppInstaller,
  installForEach,
  outcomeOf,
  type InstallOutcome,
} from "../../../services/graph";
import { FakeGraph } from "../../support/fake-graph";

const CATALOG_ID = "aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee";

describe("the Graph client against a local Graph", () => {
  let graph: FakeGraph;
  const waited: number[] = [];
  let client: GraphClient;
  beforeAll(async () => {
    graph = await FakeGraph.start();
    client = new GraphClient({
      baseUrl: graph.url,
      tokens: { token: async () => "token-of-the-app" },
      sleep: async (ms) => {
        waited.push(ms);
      },
    });
  });
  afterAll(() => graph.stop());

  test.each<
    [
      string,
      "installs" | "alreadyInstalled" | "unlicensed" | "consentMissing" | undefined,
      InstallOutcome,
    ]
  >([
    ["ann@example.se", "installs", "installed"],
    ["bo@example.se", "alreadyInstalled", "alreadyInstalled"],
    ["cai@example.se", "unlicensed", "noLicence"],
    ["dan@example.se", "consentMissing", "consentMissing"],
    ["eve@example.se", undefined, "userNotFound"],
  ])(
    "when %s is installed for and Graph is set to %s, then the outcome is %s",
    async (upn, behaviour, outcome) => {
      if (behaviour) graph.users.set(upn, behaviour);
      const result = await graphAppInstaller(client, CATALOG_ID).install(upn);
      expect(result).toEqual({ identifier: upn, outcome });
      const call = graph.calls.at(-1);
      expect(call).toMatchObject({
        method: "POST",
        path: `/v1.0/users/${encodeURIComponent(upn)}/teamwork/installedApps`,
        authorization: "Bearer token-of-the-app",
        body: { "teamsApp@odata.bind": `${graph.url}/appCatalogs/teamsApps/${CATALOG_ID}` },
      });
    },
  );

  test("when Graph throttles with Retry-After, then the client waits that long and asks again", async () => {
    graph.retryAfterSeconds = 7;
    graph.users.set("fia@example.se", "throttledOnce");
    waited.length = 0;
    const [result] = await installForEach(graphAppInstaller(client, CATALOG_ID), [
      "fia@example.se",
    ]);
    expect(result?.outcome).toBe("installed");
    expect(waited).toEqual([7000]);
    expect(graph.calls.filter((c) => c.path.includes("fia")).map((c) => c.status)).toEqual([
      429, 201,
    ]);
  });

  test("when Graph asks to wait longer than a turn can, then the install is reported as not done now", async () => {
    graph.retryAfterSeconds = 120;
    graph.users.set("gun@example.se", "throttledOnce");
    const result = await graphAppInstaller(client, CATALOG_ID).install("gun@example.se");
    expect(result.outcome).toBe("failed");
  });

  test("when several people are installed for, then each gets their own outcome, in order", async () => {
    graph.users.set("h1@example.se", "installs");
    graph.users.set("h2@example.se", "unlicensed");
    const results = await installForEach(graphAppInstaller(client, CATALOG_ID), [
      "h1@example.se",
      "nobody@example.se",
      "h2@example.se",
    ]);
    expect(results.map((r) => r.outcome)).toEqual(["installed", "userNotFound", "noLicence"]);
  });
});

describe("when Graph cannot be asked", () => {
  test("when no answer comes in time, then it is GraphUnavailableError, and the install is not done", async () => {
    const silent = http.createServer(() => undefined);
    await new Promise<void>((resolve) => silent.listen(0, "127.0.0.1", resolve));
    const url = `http://127.0.0.1:${(silent.address() as AddressInfo).port}/v1.0`;
    const client = new GraphClient({
      baseUrl: url,
      tokens: { token: async () => "t" },
      timeoutMs: 300,
    });
    try {
      await expect(client.request("GET", "/me")).rejects.toBeInstanceOf(GraphUnavailableError);
      expect((await graphAppInstaller(client, CATALOG_ID).install("x@example.se")).outcome).toBe(
        "failed",
      );
    } finally {
      silent.closeAllConnections();
      await new Promise((resolve) => silent.close(resolve));
    }
  });

  test("when the token cannot be had, then the install is not done and nothing is sent", async () => {
    const graph = await FakeGraph.start();
    try {
      const client = new GraphClient({
        baseUrl: graph.url,
        tokens: { token: () => Promise.reject(new Error("no identity here")) },
      });
      expect((await graphAppInstaller(client, CATALOG_ID).install("x@example.se")).outcome).toBe(
        "failed",
      );
      expect(graph.calls).toEqual([]);
    } finally {
      await graph.stop();
    }
  });
});

describe("outcomeOf", () => {
  test.each<[number, string | undefined, string | undefined, InstallOutcome]>([
    [201, undefined, undefined, "installed"],
    [409, "Conflict", undefined, "alreadyInstalled"],
    [404, "NotFound", undefined, "userNotFound"],
    [401, "InvalidAuthenticationToken", "Access token is empty.", "consentMissing"],
    [403, "Forbidden", "Missing role permissions on the request.", "consentMissing"],
    [
      403,
      "Authorization_RequestDenied",
      "Insufficient privileges to complete the operation.",
      "consentMissing",
    ],
    [403, "Forbidden", "User is not licensed for Teams.", "noLicence"],
    [500, "InternalServerError", undefined, "failed"],
    [429, "TooManyRequests", undefined, "failed"],
  ])("when Graph answers %i %s (%s), then the outcome is %s", (status, code, message, outcome) => {
    expect(outcomeOf({ status, code, message })).toBe(outcome);
  });
});
