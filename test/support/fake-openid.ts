// Bot Framework's token signing, played on a loopback address: an OpenID metadata document whose
// `jwks_uri` names a key set with one RSA key of ours (endorsed for msteams, as Bot Framework's
// keys are), and a signer for RS256 tokens with that key or with one the key set does not have.
import { generateKeyPairSync, sign, type KeyObject } from "node:crypto";
import http from "node:http";
import type { AddressInfo } from "node:net";

export interface FakeOpenId {
  /** The OpenID metadata document's address (for the adapter's openIdMetadataUrl). */
  metadataUrl: string;
  /** An RS256 token signed with the published key (`forged`: with a key nobody published). */
  token(claims: Record<string, unknown>, options?: { forged?: boolean; kid?: string }): string;
  /** How many times the key set was read. */
  keyReads(): number;
  close(): Promise<void>;
}

const KID = "fake-openid-key";

export async function startFakeOpenId(): Promise<FakeOpenId> {
  const published = generateKeyPairSync("rsa", { modulusLength: 2048 });
  const unpublished = generateKeyPairSync("rsa", { modulusLength: 2048 });
  const jwk = published.publicKey.export({ format: "jwk" });
  let reads = 0;
  const server = http.createServer((req, res) => {
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    res.setHeader("content-type", "application/json");
    if (req.url === "/v1/.well-known/openidconfiguration") {
      res.end(
        JSON.stringify({
          issuer: "https://api.botframework.com",
          jwks_uri: `${base}/v1/.well-known/keys`,
          id_token_signing_alg_values_supported: ["RS256"],
        }),
      );
    } else if (req.url === "/v1/.well-known/keys") {
      reads += 1;
      res.end(
        JSON.stringify({
          keys: [
            { kty: "RSA", use: "sig", kid: KID, n: jwk.n, e: jwk.e, endorsements: ["msteams"] },
          ],
        }),
      );
    } else {
      res.statusCode = 404;
      res.end("{}");
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    metadataUrl: `http://127.0.0.1:${port}/v1/.well-known/openidconfiguration`,
    token: (claims, options = {}) =>
      signed(
        { alg: "RS256", typ: "JWT", kid: options.kid ?? KID },
        claims,
        options.forged ? unpublished.privateKey : published.privateKey,
      ),
    keyReads: () => reads,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function signed(header: object, claims: object, key: KeyObject): string {
  const part = (value: object) => Buffer.from(JSON.stringify(value)).toString("base64url");
  const content = `${part(header)}.${part(claims)}`;
  return `${content}.${sign("sha256", Buffer.from(content), key).toString("base64url")}`;
}
