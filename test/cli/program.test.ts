import { runCli } from "../../cli/program";
import pkg from "../../package.json";
import { recordingIo } from "../support/cli";

describe("uppfoljning CLI", () => {
  test("when asked for --version, then it prints the package version and exits 0", async () => {
    const { io, out } = recordingIo();
    expect(await runCli(["--version"], io)).toBe(0);
    expect(out.join("\n")).toBe(pkg.version);
  });

  test("when asked for --help, then it prints usage in Swedish and exits 0", async () => {
    const { io, out } = recordingIo();
    expect(await runCli(["--help"], io)).toBe(0);
    expect(out.join("\n")).toContain("Usage: uppfoljning");
    expect(out.join("\n")).toContain("visa hjälp");
  });

  test("when given an unknown command, then it exits 2 with a message", async () => {
    const { io, err } = recordingIo();
    expect(await runCli(["banan"], io)).toBe(2);
    expect(err.join("\n")).toMatch(/banan/);
  });
});
