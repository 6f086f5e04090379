/**
 * The roll-up's temporary-file store: records come back in order across flushes, only a
 * bounded number wait in memory, and the temporary directory is gone after the command —
 * whether its outputs were written or their writing failed.
 */
import { mkdtempSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { tongHopPlan } from "../../src/cli/commands/tong-hop.js";
import { perform, realContext } from "../../src/cli/io/perform.js";
import { TempFileStore } from "../../src/cli/io/rollup-spill.js";
import { capture } from "../support/capture.js";

const SAMPLE = "sheets-templates/sample.xlsx";

describe("TempFileStore", () => {
  it("gives each key's records back in order, holding few in memory", () => {
    const parent = mkdtempSync(join(tmpdir(), "tongket-spill-test-"));
    const store = new TempFileStore(1_000, parent);
    const want = new Map<string, string[]>();
    for (let k = 0; k < 3_000; k++) {
      const key = `g${k % 7}`;
      // Vietnamese text: stretches are measured in bytes, not characters.
      const record = JSON.stringify({ k, text: `Tỉ lệ số ${k}\nhết` });
      store.append(key, record);
      want.set(key, [...(want.get(key) ?? []), record]);
      expect(store.heldRecords).toBeLessThan(60);
    }
    for (const [key, records] of want) expect([...store.read(key)]).toEqual(records);
    expect([...store.read("nothing")]).toEqual([]);
    expect(readdirSync(parent)).toHaveLength(1);
    store.close();
    expect(readdirSync(parent)).toEqual([]);
    expect(() => [...store.read("g1")]).toThrow();
  });
});

describe("tongket tong-hop's temporary files", () => {
  const saved = process.env.TMPDIR;
  afterEach(() => {
    process.env.TMPDIR = saved;
  });

  async function planIn(temp: string, out: string) {
    process.env.TMPDIR = temp;
    const ctx = realContext("test");
    return tongHopPlan([SAMPLE, SAMPLE.replace("sample", "blank")], { output: out }, ctx);
  }

  it("are removed once the outputs are written, and when writing them fails", async () => {
    for (const fail of [false, true]) {
      const temp = mkdtempSync(join(tmpdir(), "tongket-spill-cmd-"));
      const plan = await planIn(temp, join(temp, "ket-qua.xlsx"));
      const spill = () => readdirSync(temp).filter((f) => f.startsWith("tongket-tong-hop-"));
      expect(spill()).toHaveLength(1);
      const c = capture();
      const ops = {
        rename: async () => {
          throw new Error("disk full");
        },
      };
      const done = perform(plan, c.io, fail ? ops : undefined);
      if (fail) await expect(done).rejects.toThrow();
      else await done;
      expect(spill()).toEqual([]);
      expect(readdirSync(temp).includes("ket-qua.xlsx")).toBe(!fail);
    }
  }, 120_000);
});
