// The runtime the project declares is the one it runs on: Node 24 from the `node` devDependency.
import fs from "node:fs";
import path from "node:path";
import { z } from "zod";
import { SUPPORTED_NODE_MAJOR, unsupportedNodeMessage } from "../../services/config/node-runtime";

const manifest = z
  .object({
    engines: z.object({ node: z.string() }),
    devDependencies: z.record(z.string(), z.string()),
  })
  .parse(JSON.parse(fs.readFileSync(path.join(__dirname, "../../package.json"), "utf8")));

describe("the Node.js runtime", () => {
  it("when the tests run, then they run on Node 24", () => {
    expect(process.versions.node.split(".")[0]).toBe(String(SUPPORTED_NODE_MAJOR));
  });

  it("when package.json is read, then engines and the node devDependency both say 24", () => {
    expect(manifest.engines.node).toBe(">=24 <25");
    expect(manifest.devDependencies.node).toMatch(/^24\.\d+\.\d+$/);
  });

  it.each([
    ["24.21.0", false],
    ["v24.0.0", false],
    ["20.20.2", true],
    ["22.12.0", true],
    ["26.1.0", true],
  ])("when the bot starts on Node %s, then it refuses: %s", (version, refused) => {
    const message = unsupportedNodeMessage(version);
    expect(message !== undefined).toBe(refused);
    if (message) expect(message).toContain("npm start");
  });
});
