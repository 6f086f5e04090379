/**
 * Bench cases that measure peak memory run in a child process of their own. The child is
 * bundled once with esbuild into the checkout's node_modules cache (so it resolves exceljs and
 * the other packages from this checkout) and run with plain node.
 */
import { createHash } from "node:crypto";
import { mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

/** The bench's cache folder (inside node_modules, git-ignored, kept between runs). */
export function benchCache(): string {
  const cache = join(process.cwd(), "node_modules", ".cache", "tongket-bench");
  mkdirSync(cache, { recursive: true });
  return cache;
}

/**
 * Bundles `support/NAME.ts` to `NAME.mjs` in the cache and returns the bundle's path. The
 * bundle goes in a folder of this checkout's own: worktrees share one node_modules (a
 * symlink), and two checkouts benching at once must not run each other's child.
 */
export async function bundleChild(name: string): Promise<string> {
  const own = createHash("sha1").update(process.cwd()).digest("hex").slice(0, 8);
  const folder = join(benchCache(), `children-${own}`);
  mkdirSync(folder, { recursive: true });
  const outfile = join(folder, `${name}.mjs`);
  await build({
    entryPoints: [join(dirname(fileURLToPath(import.meta.url)), `${name}.ts`)],
    outfile,
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    packages: "external",
    logLevel: "warning",
    absWorkingDir: process.cwd(),
  });
  return outfile;
}
