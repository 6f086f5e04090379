/**
 * Bench cases that measure peak memory run in a child process of their own. The child is
 * bundled once with esbuild into the checkout's node_modules cache (so it resolves exceljs and
 * the other packages from this checkout) and run with plain node.
 */
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

/** Bundles `support/NAME.ts` to `NAME.mjs` in the cache and returns the bundle's path. */
export async function bundleChild(name: string): Promise<string> {
  const outfile = join(benchCache(), `${name}.mjs`);
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
