/**
 * What is installed agrees with what the project says it runs on: every package in the lock
 * file accepts every Node that `engines` allows (so `npm install` prints no engine warning on
 * a supported Node), the README names the same minimum, and the live reader uses the Sheets
 * client alone rather than the whole `googleapis` umbrella.
 */
import { readFile } from "node:fs/promises";
import semver from "semver";
import { describe, expect, it } from "vitest";

interface Lock {
  packages: Record<
    string,
    { version?: string; engines?: { node?: string } | string[]; dev?: boolean }
  >;
}

const pkg = JSON.parse(await readFile("package.json", "utf8")) as {
  engines: { node: string };
  dependencies: Record<string, string>;
};
const lock = JSON.parse(await readFile("package-lock.json", "utf8")) as Lock;

describe("engines", () => {
  it("every locked package accepts every Node our engines allow", () => {
    const ours = pkg.engines.node;
    const refusing = Object.entries(lock.packages)
      .filter(([path]) => path !== "")
      .map(([path, p]) => [path, Array.isArray(p.engines) ? undefined : p.engines?.node] as const)
      .filter(([, theirs]) => theirs !== undefined && !semver.subset(ours, theirs))
      .map(([path, theirs]) => `${path} wants ${theirs}`);
    expect(refusing).toEqual([]);
  });

  it("the Node running the tests is one the engines allow", () => {
    expect(semver.satisfies(process.version, pkg.engines.node)).toBe(true);
  });

  it("the README names the same minimum", async () => {
    const min = semver.minVersion(pkg.engines.node)!;
    const readme = await readFile("README.md", "utf8");
    expect(readme).toContain(`Node ${min.major}.${min.minor} or later`);
  });

  it("the lock file agrees with package.json (npm ci would install it as is)", () => {
    const root = lock.packages[""] as unknown as {
      dependencies: Record<string, string>;
      engines: { node: string };
    };
    expect(root.dependencies).toEqual(pkg.dependencies);
    expect(root.engines.node).toBe(pkg.engines.node);
    for (const name of Object.keys(pkg.dependencies)) {
      const locked = lock.packages[`node_modules/${name}`]?.version;
      expect(locked && semver.satisfies(locked, pkg.dependencies[name]!), name).toBe(true);
    }
  });
});

describe("the live reader's client", () => {
  it("is @googleapis/sheets with google-auth-library, not the googleapis umbrella", async () => {
    expect(Object.keys(pkg.dependencies)).toEqual(
      expect.arrayContaining(["@googleapis/sheets", "google-auth-library"]),
    );
    expect(pkg.dependencies).not.toHaveProperty("googleapis");
    expect(lock.packages).not.toHaveProperty("node_modules/googleapis");
    const source = await readFile("src/cli/io/sheets-read.ts", "utf8");
    expect(source).toContain('import("@googleapis/sheets")');
    expect(source).not.toMatch(/["']googleapis[/"']/);
  });

  it("has one copy of google-auth-library, so the sign-in the client gets is the one it knows", () => {
    const copies = Object.keys(lock.packages).filter((p) =>
      p.endsWith("node_modules/google-auth-library"),
    );
    expect(copies).toEqual(["node_modules/google-auth-library"]);
  });
});
