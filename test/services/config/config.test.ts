import { loadConfig, redactedSummary, ConfigError } from "../../../services/config/config";

describe("loadConfig", () => {
  test("when nothing is set, then the defaults are local: port 3978, Stockholm time, embedded Azurite", () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      port: 3978,
      timeZone: "Europe/Stockholm",
      logLevel: "info",
      allowedTenants: [],
      bootstrapAdmins: [],
      storage: { connectionString: undefined },
    });
  });

  test("when STORAGE_ACCOUNT_URL is set, then storage is reached by URL with a 3 s limit per call, and the summary says no key", () => {
    const config = loadConfig({ STORAGE_ACCOUNT_URL: "https://konto.table.core.windows.net" });
    expect(config.storage).toMatchObject({
      accountUrl: "https://konto.table.core.windows.net",
      connectionString: undefined,
      timeoutMs: 3000,
    });
    expect(redactedSummary(config).storage).toBe(
      "konto.table.core.windows.net med Entra ID (ingen nyckel)",
    );
  });

  test("when lists are given with spaces, then they are trimmed and split on commas", () => {
    const config = loadConfig({
      BOT_ADMINS: " anna.berg@example.se , 00000000-0000-0000-0000-000000000001,",
      ALLOWED_TENANTS: "11111111-1111-1111-1111-111111111111",
    });
    expect(config.bootstrapAdmins).toEqual([
      "anna.berg@example.se",
      "00000000-0000-0000-0000-000000000001",
    ]);
    expect(config.allowedTenants).toEqual(["11111111-1111-1111-1111-111111111111"]);
  });

  test.each([
    ["PORT", { PORT: "seventy" }],
    ["PORT", { PORT: "70000" }],
    ["MICROSOFT_APP_ID", { MICROSOFT_APP_ID: "my-bot" }],
    ["MICROSOFT_APP_TYPE", { MICROSOFT_APP_TYPE: "Single" }],
    ["MICROSOFT_APP_TENANT_ID", { MICROSOFT_APP_TYPE: "SingleTenant" }],
    ["ALLOWED_TENANTS", { ALLOWED_TENANTS: "contoso" }],
    ["BOT_ADMINS", { BOT_ADMINS: "Anna Berg" }],
    ["TZ_DEFAULT", { TZ_DEFAULT: "Europe/Lund" }],
    ["LOG_LEVEL", { LOG_LEVEL: "loud" }],
    ["TABLE_PREFIX", { TABLE_PREFIX: "my-prefix" }],
    ["STORAGE_TIMEOUT_MS", { STORAGE_TIMEOUT_MS: "snart" }],
    ["STORAGE_TIMEOUT_MS", { STORAGE_TIMEOUT_MS: "10" }],
    ["STORAGE_ACCOUNT_URL", { STORAGE_ACCOUNT_URL: "http://konto.table.core.windows.net" }],
    [
      "STORAGE_ACCOUNT_URL",
      {
        STORAGE_ACCOUNT_URL: "https://konto.table.core.windows.net",
        STORAGE_CONNECTION_STRING: "UseDevelopmentStorage=true",
      },
    ],
  ])("when %s is wrong, then the error names it in one Swedish line", (variable, env) => {
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
    expect((error as ConfigError).message).not.toContain("\n");
  });

  test("when secrets are set, then the logged summary shows neither the password nor the account key", () => {
    const config = loadConfig({
      MICROSOFT_APP_ID: "22222222-2222-2222-2222-222222222222",
      MICROSOFT_APP_PASSWORD: "s3cret-value",
      STORAGE_CONNECTION_STRING:
        "DefaultEndpointsProtocol=https;AccountName=kommunstorage;AccountKey=abcSECRETxyz==;",
    });
    const summary = JSON.stringify(redactedSummary(config));
    expect(summary).not.toContain("s3cret-value");
    expect(summary).not.toContain("abcSECRETxyz");
    expect(summary).toContain("kommunstorage");
    expect(summary).toContain('"appPasswordSet":true');
  });
});
