#!/usr/bin/env node
// `npm run demo`: the whole product on this machine in one command. Starts the bot (with its own
// Azurite, data in .data/demo, started afresh), loads the Norsjö example plan, starts the Agents
// Playground as its admin, installs the bot for them and makes the team's channel the leadership
// channel. The bot's clock starts at 08:58:30 on 2 May 2025, so Tertial 1 opens and its first
// reminder arrives about 90 seconds after start. Ctrl-C stops everything.
const { spawn, spawnSync } = require("node:child_process");
const fs = require("node:fs");
const path = require("node:path");

const root = path.join(__dirname, "..");
const dataDir = path.join(root, ".data", "demo");
const botPort = 3978;
const uiPort = 56150;
const clock = "2025-05-02T06:58:30Z"; // 08:58:30 in Stockholm: the opening reminder is due at 09:00
const children = [];

function log(text) {
  process.stdout.write(`[demo] ${text}\n`);
}

function run(command, args, env) {
  const child = spawn(command, args, {
    cwd: root,
    env: { ...process.env, ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  children.push(child);
  return child;
}

function waitForLine(child, pattern, timeoutMs) {
  return new Promise((resolve, reject) => {
    let output = "";
    const timer = setTimeout(
      () => reject(new Error(`timed out waiting for ${pattern}:\n${output}`)),
      timeoutMs,
    );
    const onData = (chunk) => {
      output += chunk.toString();
      if (pattern.test(output)) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout.on("data", onData);
    child.stderr.on("data", onData);
    child.once("exit", (code) => reject(new Error(`exited with ${code}:\n${output}`)));
  });
}

async function post(route, body) {
  const response = await fetch(`http://127.0.0.1:${uiPort}${route}`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  });
  if (!response.ok)
    throw new Error(`Playground ${route}: ${response.status} ${await response.text()}`);
}

function stopAll() {
  for (const child of children.reverse()) if (child.exitCode === null) child.kill("SIGINT");
}

async function main() {
  fs.rmSync(dataDir, { recursive: true, force: true });
  fs.mkdirSync(dataDir, { recursive: true });
  log("bygger …");
  if (spawnSync("npm", ["run", "build", "--silent"], { cwd: root, stdio: "inherit" }).status !== 0)
    process.exit(1);

  const env = {
    DATA_DIR: dataDir,
    PORT: String(botPort),
    BOT_ADMINS: "admin@example.se",
    BOT_LOCALE: "sv",
    BOT_CLOCK_START: clock,
  };
  // The Node flags of `npm start` (package.json).
  const bot = run(process.execPath, ["--max-semi-space-size=8", "dist/bot/main.js"], env);
  bot.stdout.pipe(fs.createWriteStream(path.join(dataDir, "bot.log")));
  await waitForLine(bot, /lyssnar på/, 30_000);
  log(`boten kör på http://localhost:${botPort}/api/messages (klockan: 2 maj 2025 08:58:30)`);

  const load = spawnSync(
    process.execPath,
    [
      "dist/cli/main.js",
      "plan",
      "import",
      "plans/examples/norsjo-omsorg-2025.yaml",
      "--actor",
      "admin@example.se",
    ],
    {
      cwd: root,
      env: { ...process.env, DATA_DIR: dataDir },
      encoding: "utf8",
    },
  );
  if (load.status !== 0) throw new Error(`the plan did not load:\n${load.stderr}`);
  log(load.stdout.split("\n")[0]);

  const playground = run(process.execPath, ["scripts/playground.js"], {
    PORT: String(botPort),
    PLAYGROUND_PORT: String(uiPort),
  });
  await waitForLine(playground, /Listening on/, 30_000);
  await post("/_debug/conversation/personal-chat-admin/installation", {});
  await post("/_conversation/v1/conversations/channel-uppfoljning/messages", {
    from: { id: "user-admin" },
    text: "<at>Uppföljningsboten</at> ledningskanal",
    textFormat: "plain",
    mentions: [
      {
        mentioned: { id: "28:uppfoljningsboten", name: "Uppföljningsboten" },
        text: "<at>Uppföljningsboten</at>",
      },
    ],
  });
  log("");
  log(
    `Öppna http://localhost:${uiPort} i webbläsaren. Du är Alex Admin (admin@example.se), administratör`,
  );
  log("och rapportör för enheten Omsorg i Norsjö kommuns verksamhetsplan 2025.");
  log(
    "Om ungefär 90 sekunder öppnar Tertial 1 och påminnelsen kommer i Personal Chat: tryck Rapportera nu.",
  );
  log(
    "Prova sedan: perioder, ansvariga, rapportera T1, sammanställ T1 (syns i kanalen Uppföljning), hjälp.",
  );
  log("Ctrl-C avslutar allt.");
}

process.on("SIGINT", () => {
  stopAll();
  setTimeout(() => process.exit(0), 1500);
});
process.on("SIGTERM", () => {
  stopAll();
  setTimeout(() => process.exit(0), 1500);
});
main().catch((error) => {
  process.stderr.write(`[demo] ${error.message}\n`);
  stopAll();
  process.exit(1);
});
