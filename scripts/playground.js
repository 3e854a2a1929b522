#!/usr/bin/env node
// `npm run playground`: the Microsoft 365 Agents Playground (a local Teams client) against the bot on
// PORT (default 3978), at http://localhost:56150. Kept off the network: no browser launch, no
// telemetry, no cloud metadata calls; its log goes under .data/.
const { spawn } = require("node:child_process");
const fs = require("node:fs");
const path = require("node:path");

const root = path.join(__dirname, "..");
const botPort = process.env.PORT || "3978";
const uiPort = process.env.PLAYGROUND_PORT || "56150";
const config = process.env.PLAYGROUND_CONFIG || path.join(root, "playground", "config.yml");
fs.mkdirSync(path.join(root, ".data"), { recursive: true });

const bin = path.join(root, "node_modules", ".bin", "agentsplayground");
const child = spawn(
  bin,
  [
    "-e",
    `http://127.0.0.1:${botPort}/api/messages`,
    "-c",
    "msteams",
    "-p",
    uiPort,
    "--disable-telemetry",
  ],
  {
    cwd: root,
    stdio: "inherit",
    env: {
      ...process.env,
      TEAMSAPPTESTER_BROWSER: "none",
      APPLICATION_INSIGHTS_NO_STATSBEAT: "true",
      M365_AGENTS_PLAYGROUND_CONFIG_PATH: config,
      M365_AGENTS_PLAYGROUND_LOGFILE: path.join(root, ".data", "playground.log"),
    },
  },
);
console.log(
  `Agents Playground: http://localhost:${uiPort} (boten på port ${botPort}; Ctrl-C avslutar)`,
);
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => child.kill(signal));
child.on("exit", (code) => process.exit(code ?? 0));
