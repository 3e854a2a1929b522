// Serves files on loopback, as Teams serves a file a person sends the bot (a download URL).
import http from "node:http";
import type { AddressInfo } from "node:net";

export async function serveFiles(
  files: Record<string, Buffer>,
): Promise<{ url: (name: string) => string; close: () => Promise<void> }> {
  const server = http.createServer((req, res) => {
    const file = files[decodeURIComponent((req.url ?? "/").slice(1))];
    res.statusCode = file ? 200 : 404;
    res.end(file ?? "");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", () => resolve()));
  const port = (server.address() as AddressInfo).port;
  return {
    url: (name) => `http://127.0.0.1:${port}/${encodeURIComponent(name)}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
