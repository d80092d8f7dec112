#!/usr/bin/env node
// The command line is bundled by webpack (npm run build:cli); this stub keeps the bin path stable.
const path = require("path");
const fs = require("fs");
const bundle = path.join(__dirname, "..", "dist", "cli", "service-planner.js");
if (!fs.existsSync(bundle)) {
  console.error("service-planner: the command line is not built yet. Run `npm run build:cli` (or `npm run build`) first.");
  process.exit(2);
}
require(bundle);
