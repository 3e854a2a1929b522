#!/usr/bin/env node
// Runs the compiled CLI. `npm ci` builds it (the `prepare` script); after a change, `npm run build`.
const path = require("node:path");
const fs = require("node:fs");

const entry = path.join(__dirname, "..", "dist", "cli", "main.js");
if (!fs.existsSync(entry)) {
  process.stderr.write("uppfoljning är inte byggt än: kör `npm run build` först.\n");
  process.exit(1);
}
require(entry);
