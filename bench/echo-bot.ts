// The reference turn for the turn benches: a bare botbuilder echo bot (CloudAdapter, no middleware,
// no storage) on restify, as the product's server is, answering each message with its own text.
import { CloudAdapter, ConfigurationBotFrameworkAuthentication } from "botbuilder";
import type { AddressInfo } from "node:net";
import restify from "restify";

export async function startEchoBot(): Promise<{ url: string; stop: () => Promise<void> }> {
  const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication({}));
  const server = restify.createServer({ handleUncaughtExceptions: false });
  server.use(restify.plugins.bodyParser({ mapParams: false }));
  server.post("/api/messages", async (req, res) => {
    await adapter.process(req, res, async (context) => {
      await context.sendActivity(`echo: ${context.activity.text ?? ""}`);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", () => resolve()));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/api/messages`,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
