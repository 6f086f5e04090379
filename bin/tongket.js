#!/usr/bin/env node
// The built command line; `npm install` builds it (the "prepare" script).
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

const entry = new URL("../dist/cli/tongket.js", import.meta.url);
if (!existsSync(fileURLToPath(entry))) {
  process.stderr.write("tongket chưa được build: hãy chạy `npm install` hoặc `npm run build`.\n");
  process.exit(2);
}
await import(entry.href);
