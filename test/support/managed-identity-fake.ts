// A local stand-in for Azure App Service's managed identity endpoint (IDENTITY_ENDPOINT with the
// X-IDENTITY-HEADER secret, api-version 2019-08-01), answering in its documented shape with a JWT
// for the asked resource. Azurite's `--oauth basic` checks a token's issuer, audience and lifetime,
// not its signature, so this token is accepted there as a real Entra ID token would be.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { randomBytes } from "node:crypto";

export interface TokenRequest {
  resource: string | null;
  apiVersion: string | null;
  secretMatched: boolean;
}

export interface ManagedIdentityFake {
  /** IDENTITY_ENDPOINT and IDENTITY_HEADER for the process that should use it. */
  env: { IDENTITY_ENDPOINT: string; IDENTITY_HEADER: string };
  requests: TokenRequest[];
  /** The audience put in the tokens from now on (a wrong one makes storage refuse them). */
  audience: string;
  stop(): Promise<void>;
}

const base64url = (value: unknown) => Buffer.from(JSON.stringify(value)).toString("base64url");

function jwt(audience: string): { token: string; expiresOn: number } {
  const now = Math.floor(Date.now() / 1000);
  const expiresOn = now + 3600;
  const payload = {
    aud: audience,
    iss: "https://sts.windows.net/11111111-1111-1111-1111-111111111111/",
    iat: now - 60,
    nbf: now - 60,
    exp: expiresOn,
    oid: "22222222-2222-2222-2222-222222222222",
    tid: "11111111-1111-1111-1111-111111111111",
  };
  const token = `${base64url({ alg: "HS256", typ: "JWT" })}.${base64url(payload)}.${randomBytes(32).toString("base64url")}`;
  return { token, expiresOn };
}

export async function startManagedIdentityFake(): Promise<ManagedIdentityFake> {
  const secret = randomBytes(16).toString("hex");
  const fake: Omit<ManagedIdentityFake, "env" | "stop"> = {
    requests: [],
    audience: "https://storage.azure.com",
  };
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    const request: TokenRequest = {
      resource: url.searchParams.get("resource"),
      apiVersion: url.searchParams.get("api-version"),
      secretMatched: req.headers["x-identity-header"] === secret,
    };
    fake.requests.push(request);
    if (!request.secretMatched || url.pathname !== "/msi/token") {
      res.writeHead(401, { "content-type": "application/json" });
      res.end(JSON.stringify({ error: "invalid_request" }));
      return;
    }
    const { token, expiresOn } = jwt(fake.audience);
    res.writeHead(200, { "content-type": "application/json" });
    res.end(
      JSON.stringify({
        access_token: token,
        expires_on: String(expiresOn),
        resource: request.resource,
        token_type: "Bearer",
        client_id: "33333333-3333-3333-3333-333333333333",
      }),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as AddressInfo).port;
  return Object.assign(fake, {
    env: { IDENTITY_ENDPOINT: `http://127.0.0.1:${port}/msi/token`, IDENTITY_HEADER: secret },
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  });
}
