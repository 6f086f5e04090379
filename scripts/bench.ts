/**
 * `npm run bench`: runs every benchmark module in scripts/bench/ in one process and prints
 * their tables. Each module exports `run(): Promise<string>` returning Markdown. Ratios are
 * measured within one run: this machine is shared and noisy, so no test asserts a time.
 */
import { readdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const dir = join(dirname(fileURLToPath(import.meta.url)), "bench");
const only = process.argv.slice(2);
const files = readdirSync(dir)
  .filter((f) => f.endsWith(".ts"))
  .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
  .sort();
for (const f of files) {
  const mod = (await import(pathToFileURL(join(dir, f)).href)) as { run: () => Promise<string> };
  process.stdout.write(`${await mod.run()}\n\n`);
}
