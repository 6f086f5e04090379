/**
 * The sample school against the hand-written report: every judgement the report makes is
 * computed here, and where its figures do not bear the report out, the engine says so.
 */
import { describe, expect, it } from "vitest";
import { analyse } from "../../src/core/judge/analyse.js";
import type { Judgement } from "../../src/core/judge/evaluate.js";
import { SAMPLE } from "../../src/core/workbook/sample/hoa-binh.js";
import { templateGrids } from "../../src/core/workbook/template.js";

const analysis = analyse(templateGrids(SAMPLE));
const verdict = (code: string) => {
  const v = analysis.evaluation.indicators.find((x) => x.indicator.code === code);
  if (!v) throw new Error(`no indicator ${code}`);
  return v;
};
const group = (name: string) => analysis.evaluation.groups.find((g) => g.name === name)?.judgement;

describe("the sample's judgements", () => {
  it.each<[string, Judgement, string]>([
    ["NL1", "exceeded", "99,3% against 99%"],
    ["NL2", "exceeded", "78% Tốt against 70%"],
    ["NL3", "met", "Cần cố gắng dưới 1% against dưới 1%"],
    ["PH1", "met", "100% against 100%"],
    ["PH2", "met", "80% against từ 80%"],
    ["PH3", "met", "no pupil Cần cố gắng"],
    ["MH1", "met", "99,2%-100% inside 99%-100%"],
    ["MH2", "exceeded", "67% against 59%"],
    ["HT1", "notMet", "'99% trở lên' does not show 99,5%: the report's claim is not borne out"],
    ["HT2", "met", "100% complete primary"],
    ["PC1", "met", "100% of six-year-olds every year"],
    ["PC2", "met", "no drop-outs every year"],
    ["PC3", "met", "PCGDTH mức độ 3"],
    ["KS1", "notMet", "rank 13 → 13 → 9: the second year did not improve"],
    ["HSG1", "met", "city prizes 2 → 5 → 12"],
    ["HSG2", "met", "district prizes 12 → 20 → 29"],
    ["KT1", "exceeded", "84%, 84%, 80% against từ 80%"],
    ["KT2", "exceeded", "63%, 65%, 73% against 52%"],
  ])("%s is %s (%s)", (code, judgement) => {
    expect(verdict(code).term.judgement).toBe(judgement);
  });

  it("joins compound groups the way the report does", () => {
    expect(group("Năng lực")).toBe("exceeded"); // "(vượt chỉ tiêu)"
    expect(group("Phẩm chất")).toBe("met"); // "(Đảm bảo chỉ tiêu)"
    expect(group("Hoàn thành chương trình")).toBe("notMet"); // the report says met
  });

  it("judges each year of a yearly series", () => {
    expect(verdict("KS1").years.map((y) => y.judgement)).toEqual([null, "notMet", "met"]);
    expect(verdict("KT1").years.map((y) => y.judgement)).toEqual(["exceeded", "exceeded", "met"]);
    expect(verdict("HSG1").years.map((y) => y.value)).toEqual([2, 5, 12]);
  });

  it("takes prize counts from the awards tab", () => {
    const series = analysis.evaluation.awards.series;
    expect(series.find((s) => s.recipient === "pupil" && s.level === "city")?.counts).toEqual([
      2, 5, 12,
    ]);
    expect(series.find((s) => s.recipient === "pupil" && s.level === "district")?.counts).toEqual([
      12, 20, 29,
    ]);
  });

  it("holds the report's membership and funding figures", () => {
    const latest = analysis.evaluation.membership.latest;
    expect([latest.total?.count, latest.official?.count, latest.probationary?.count]).toEqual([
      17, 16, 1,
    ]);
    expect(latest.university?.count).toBe(17);
    expect(analysis.evaluation.membership.admitted).toEqual([
      { name: "Bùi Thị Hai", period: "01/2022" },
    ]);
    const csvc = analysis.evaluation.funding.groups.find(
      (g) => g.group === "Đầu tư cơ sở vật chất",
    );
    expect(csvc).toMatchObject({
      sum: 1157274000,
      stated: 1157274000,
      bySource: { social: 270853000, state: 886421000 },
    });
  });

  it("reads 15/24 teachers as 62,5%", () => {
    const m = verdict("DN2").indicator.termResult.measure;
    expect(m).toMatchObject({ kind: "amount", low: 62.5, fraction: { part: 15, whole: 24 } });
  });

  it("has no errors, only the blanks left for the user", () => {
    expect(analysis.problems.filter((p) => p.severity === "error")).toEqual([]);
    expect(analysis.problems.map((p) => p.code).sort()).toEqual(["missing-info", "missing-info"]);
  });
});
