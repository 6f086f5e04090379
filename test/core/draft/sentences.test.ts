import { describe, expect, it } from "vitest";
import type { IndicatorVerdict } from "../../../src/core/judge/evaluate.js";
import { families } from "../../../src/core/outputs/draft/sentences.js";

/** Only the code and parent matter to `families`. */
function verdict(code: string, parent?: string): IndicatorVerdict {
  return { indicator: { code, parent } } as unknown as IndicatorVerdict;
}

describe("families of a group", () => {
  it("finds a parent whatever its code's case, Unicode form or tone placement", () => {
    const parent = verdict("HOÀ1");
    const children = [
      verdict("HOÀ1a", "hòa1"),
      verdict("HOÀ1b", "HOÀ1".normalize("NFD")),
      verdict("HOÀ1c", " hoà1 "),
    ];
    const out = families([parent, ...children, verdict("X2")]);
    expect(
      out.map((f) => [f.parent.indicator.code, f.children.map((c) => c.indicator.code)]),
    ).toEqual([
      ["HOÀ1", ["HOÀ1a", "HOÀ1b", "HOÀ1c"]],
      ["X2", []],
    ]);
  });

  it("keeps a child whose parent is not in the group as its own family", () => {
    const out = families([verdict("A1", "Z9"), verdict("A2")]);
    expect(out.map((f) => f.children.length)).toEqual([0, 0]);
  });
});
