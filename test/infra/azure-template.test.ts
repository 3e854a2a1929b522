import { readFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import { CONFIG_VARIABLES } from "../../services/config/config";
import {
  bracketsBalance,
  entries,
  readParams,
  readResources,
  stripComments,
  valueAt,
  type BicepResource,
} from "./bicep";

const azure = path.resolve(__dirname, "..", "..", "infra", "azure");
const source = readFileSync(path.join(azure, "main.bicep"), "utf8");
const code = stripComments(source);
const params = readParams(source);
const resources = readResources(source);
const leftToDefault = z
  .record(z.string(), z.string().min(20))
  .parse(JSON.parse(readFileSync(path.join(azure, "settings-left-to-default.json"), "utf8")));

function resource(type: string, name?: string): BicepResource {
  const found = resources.filter(
    (r) => r.type === type && (name === undefined || valueAt(r.body, "name") === `'${name}'`),
  );
  if (found.length !== 1)
    throw new Error(`expected one ${type} ${name ?? ""}, found ${found.length}`);
  return found[0] as BicepResource;
}

const appSettings = entries(
  valueAt(resource("Microsoft.Web/sites/config", "appsettings").body, "properties") ?? "{}",
);

describe("the app settings of the Web App", () => {
  test("when read, then the template's reader finds the settings block", () => {
    expect(appSettings.size).toBeGreaterThan(5);
    expect(CONFIG_VARIABLES).toContain("MICROSOFT_APP_ID");
  });

  test.each(CONFIG_VARIABLES.map((variable) => [variable]))(
    "when the app reads %s, then the template sets it or it is listed as left to its default",
    (variable) => {
      const set = appSettings.has(variable);
      const defaulted = variable in leftToDefault;
      expect({ variable, set, defaulted }).toEqual({ variable, set: !defaulted, defaulted });
    },
  );

  test("when the bot signs in, then it is the user-assigned identity, with no secret to set", () => {
    const identity = resource("Microsoft.ManagedIdentity/userAssignedIdentities").symbol;
    expect(appSettings.get("MICROSOFT_APP_TYPE")).toBe("'UserAssignedMSI'");
    expect(appSettings.get("MICROSOFT_APP_ID")).toBe(`${identity}.properties.clientId`);
    expect(appSettings.get("MICROSOFT_APP_TENANT_ID")).toBe(`${identity}.properties.tenantId`);
    expect(appSettings.has("MICROSOFT_APP_PASSWORD")).toBe(false);
    expect(appSettings.has("STORAGE_CONNECTION_STRING")).toBe(false);
  });

  test("when the bot reaches its tables, then it is through the account's table endpoint", () => {
    const storage = resource("Microsoft.Storage/storageAccounts").symbol;
    expect(appSettings.get("STORAGE_ACCOUNT_URL")).toBe(
      `${storage}.properties.primaryEndpoints.table`,
    );
  });

  test("when the bot authenticates, then the app settings match the bot registration", () => {
    const bot = resource("Microsoft.BotService/botServices");
    const identity = resource("Microsoft.ManagedIdentity/userAssignedIdentities").symbol;
    expect(appSettings.get("MICROSOFT_APP_ID")).toBe(valueAt(bot.body, "properties.msaAppId"));
    expect(appSettings.get("MICROSOFT_APP_TYPE")).toBe(valueAt(bot.body, "properties.msaAppType"));
    expect(appSettings.get("MICROSOFT_APP_TENANT_ID")).toBe(
      valueAt(bot.body, "properties.msaAppTenantId"),
    );
    expect(valueAt(bot.body, "properties.msaAppMSIResourceId")).toBe(`${identity}.id`);
  });

  test("when the settings are written, then the identity can already reach the tables", () => {
    const config = resource("Microsoft.Web/sites/config", "appsettings");
    const role = resource("Microsoft.Authorization/roleAssignments");
    expect(valueAt(config.body, "dependsOn")).toContain(role.symbol);
  });
});

describe("the resources", () => {
  test("when the Web App is described, then it runs Node 24 on Linux, always on, HTTPS only, probed on /healthz", () => {
    const site = resource("Microsoft.Web/sites").body;
    expect(valueAt(site, "kind")).toBe("'app,linux'");
    expect(valueAt(site, "identity.type")).toBe("'UserAssigned'");
    const identity = resource("Microsoft.ManagedIdentity/userAssignedIdentities").symbol;
    expect([...entries(valueAt(site, "identity.userAssignedIdentities") ?? "{}").keys()]).toEqual([
      `\${${identity}.id}`,
    ]);
    expect(valueAt(site, "properties.httpsOnly")).toBe("true");
    expect(valueAt(site, "properties.siteConfig.linuxFxVersion")).toBe("'NODE|24-lts'");
    expect(valueAt(site, "properties.siteConfig.alwaysOn")).toBe("true");
    expect(valueAt(site, "properties.siteConfig.healthCheckPath")).toBe("'/healthz'");
    expect(valueAt(site, "properties.siteConfig.ftpsState")).toBe("'Disabled'");
    expect(valueAt(resource("Microsoft.Web/serverfarms").body, "properties.reserved")).toBe("true");
  });

  test("when the Web App starts the bot, then it is with npm start's command and its Node flags (the young generation that bounds a burst's memory)", () => {
    const start = z
      .object({ scripts: z.object({ start: z.string() }) })
      .parse(JSON.parse(readFileSync(path.join(azure, "..", "..", "package.json"), "utf8")))
      .scripts.start;
    expect(start).toMatch(/^node --max-semi-space-size=\d+ dist\/bot\/main\.js$/);
    const site = resource("Microsoft.Web/sites").body;
    expect(valueAt(site, "properties.siteConfig.appCommandLine")).toBe(`'${start}'`);
  });

  test("when the storage account is described, then it wants TLS 1.2, Entra ID only (no shared key) and no public blob access", () => {
    const storage = resource("Microsoft.Storage/storageAccounts").body;
    expect(valueAt(storage, "properties.allowSharedKeyAccess")).toBe("false");
    expect(valueAt(storage, "properties.defaultToOAuthAuthentication")).toBe("true");
    expect(valueAt(storage, "properties.minimumTlsVersion")).toBe("'TLS1_2'");
    expect(valueAt(storage, "properties.allowBlobPublicAccess")).toBe("false");
    expect(valueAt(storage, "properties.supportsHttpsTrafficOnly")).toBe("true");
  });

  test("when roles are given, then the bot's identity holds Storage Table Data Contributor on the account, and nothing else", () => {
    const role = resource("Microsoft.Authorization/roleAssignments").body;
    expect(valueAt(role, "scope")).toBe(resource("Microsoft.Storage/storageAccounts").symbol);
    expect(valueAt(role, "properties.principalId")).toBe(
      `${resource("Microsoft.ManagedIdentity/userAssignedIdentities").symbol}.properties.principalId`,
    );
    expect(code).toContain("'0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3'"); // Storage Table Data Contributor
  });

  test("when nothing needs a secret, then there is no Key Vault", () => {
    expect(resources.filter((r) => r.type.startsWith("Microsoft.KeyVault/"))).toEqual([]);
  });

  test("when the bot is described, then it is an Azure Bot on the Web App's /api/messages with the Teams channel", () => {
    const bot = resource("Microsoft.BotService/botServices");
    expect(valueAt(bot.body, "kind")).toBe("'azurebot'");
    expect(valueAt(bot.body, "properties.endpoint")).toBe(
      `'https://\${${resource("Microsoft.Web/sites").symbol}.properties.defaultHostName}/api/messages'`,
    );
    const channel = resource("Microsoft.BotService/botServices/channels").body;
    expect(valueAt(channel, "parent")).toBe(bot.symbol);
    expect(valueAt(channel, "properties.channelName")).toBe("'MsTeamsChannel'");
  });

  test("when Application Insights is described, then it is workspace-based", () => {
    const insights = resource("Microsoft.Insights/components").body;
    expect(valueAt(insights, "properties.WorkspaceResourceId")).toBe(
      `${resource("Microsoft.OperationalInsights/workspaces").symbol}.id`,
    );
  });

  test("when no region is given, then everything lands in Sweden Central", () => {
    expect(params.find((p) => p.name === "location")?.defaultValue).toBe("'swedencentral'");
    for (const r of resources) {
      const location = valueAt(r.body, "location");
      if (location !== undefined)
        expect([r.symbol, location]).toEqual([
          r.symbol,
          expect.stringMatching(/^(location|'global')$/),
        ]);
    }
  });
});

describe("secrets in the templates", () => {
  test("when a parameter carries a secret, then it is @secure() and has no default", () => {
    const secretLike = params.filter((p) =>
      /password|secret|connectionString|token|(?<!vault)key$/i.test(p.name),
    );
    expect(secretLike.map((p) => p.name)).toEqual([]);
    expect(params.filter((p) => p.decorators.includes("secure")).map((p) => p.name)).toEqual([]);
    for (const p of secretLike) {
      expect({
        name: p.name,
        secure: p.decorators.includes("secure"),
        defaultValue: p.defaultValue,
      }).toEqual({
        name: p.name,
        secure: true,
        defaultValue: undefined,
      });
    }
  });

  test("when the files are read, then no key, password or connection string is written in them", () => {
    const files = [source, readFileSync(path.join(azure, "main.parameters.example.json"), "utf8")];
    for (const text of files) {
      for (const match of text.matchAll(
        /(AccountKey|SharedAccessSignature|sig|password|secret)=(.{0,2})/gi,
      )) {
        expect(match[2]?.startsWith("${")).toBe(true);
      }
      // Nothing that looks like a key: a long base64 run with digits in it (names have none).
      const keyLike = [...text.matchAll(/[A-Za-z0-9+/]{40,}={0,2}/g)].filter((m) =>
        /\d/.test(m[0]),
      );
      expect(keyLike.map((m) => m[0])).toEqual([]);
      expect(text).not.toMatch(/InstrumentationKey=[0-9a-f-]{36}/i);
    }
    // No key is read from anywhere either: no listKeys(), no connection string built from one.
    expect(code).not.toMatch(/listKeys|listAccountSas|listServiceSas|DefaultEndpointsProtocol/);
  });

  test("when outputs are declared, then none gives away a secret", () => {
    const outputs = code.split("\n").filter((line) => line.startsWith("output "));
    expect(outputs.length).toBeGreaterThan(0);
    for (const line of outputs)
      expect(line).not.toMatch(/listKeys|botAppPassword|secretUri|ConnectionString/i);
  });
});

describe("the template's shape (no compiler here, so the cheap checks)", () => {
  test("when read, then its brackets balance", () => {
    expect(bracketsBalance(code)).toBe(true);
  });

  test("when read, then every parameter is used", () => {
    const body = code
      .split("\n")
      .filter((line) => !line.startsWith("param "))
      .join("\n");
    expect(
      params.filter((p) => !new RegExp(`\\b${p.name}\\b`).test(body)).map((p) => p.name),
    ).toEqual([]);
  });

  test("when a resource is referred to, then it is declared", () => {
    const symbols = new Set(resources.map((r) => r.symbol));
    const referred = [...code.matchAll(/\b(\w+)\.(properties|id|identity|name|listKeys)\b/g)]
      .map((m) => m[1] ?? "")
      .filter(
        (name) =>
          !["resourceGroup", "subscription", "environment", "tenant", "names"].includes(name),
      );
    expect(referred.filter((name) => !symbols.has(name))).toEqual([]);
    for (const r of resources) {
      for (const key of ["parent", "scope"]) {
        const target = valueAt(r.body, key);
        if (target !== undefined) expect(symbols.has(target)).toBe(true);
      }
    }
  });

  test("when resources name an API version, then it is a dated one", () => {
    for (const r of resources) expect(r.apiVersion).toMatch(/^\d{4}-\d{2}-\d{2}(-preview)?$/);
  });

  test("when the example parameters are read, then they name only declared parameters and no secret", () => {
    const example = z
      .object({
        $schema: z.string(),
        contentVersion: z.string(),
        parameters: z.record(z.string(), z.object({ value: z.unknown() })),
      })
      .parse(JSON.parse(readFileSync(path.join(azure, "main.parameters.example.json"), "utf8")));
    expect(example.$schema).toMatch(/deploymentParameters\.json#$/);
    const declared = new Map(params.map((p) => [p.name, p]));
    for (const name of Object.keys(example.parameters)) {
      expect({ name, declared: declared.has(name) }).toEqual({ name, declared: true });
      expect(declared.get(name)?.decorators).not.toContain("secure");
    }
    const required = params.filter(
      (p) => p.defaultValue === undefined && !p.decorators.includes("secure"),
    );
    expect(required.map((p) => p.name).filter((name) => !(name in example.parameters))).toEqual([]);
  });
});
