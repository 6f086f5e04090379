/**
 * The archive and the draft agree on every total (issue 8): the funding groups' sums and the
 * total of all groups are one computation (the judge's), stated in both; and a membership
 * the sheet contradicts (chính thức + dự bị ≠ tổng số) is flagged where the draft prints it.
 */
import { describe, expect, it } from "vitest";
import { analyse } from "../../src/core/judge/analyse.js";
import { buildDraft } from "../../src/core/outputs/draft/build.js";
import { draftRuns, runsText } from "../../src/core/outputs/draft/model.js";
import { buildSummary, columnOf } from "../../src/core/outputs/summary.js";
import { formatMoney } from "../../src/core/workbook/format.js";
import { SAMPLE } from "../../src/core/workbook/sample/hoa-binh.js";
import { type TemplateData, templateGrids } from "../../src/core/workbook/template.js";

function outputs(data: TemplateData) {
  const a = analyse(templateGrids(data));
  const draft = buildDraft(a);
  const runs = draftRuns(draft);
  const funding = buildSummary(a.workbook, a.evaluation, a.problems).find(
    (s) => s.id === "funding",
  )!;
  return { a, runs, text: runs.map(runsText).join("\n"), funding };
}

describe("funding totals, archive and draft", () => {
  const { text, funding } = outputs(SAMPLE);
  const amount = columnOf(funding, "amount");
  const group = columnOf(funding, "group");
  const source = columnOf(funding, "source");
  /** The archive's totals: each group's "Cộng" row and the "Tổng cộng" row. */
  const archiveTotals = funding.rows
    .filter((r) => r[source]!.v === "Cộng" || r[group]!.v === "Tổng cộng")
    .map((r) => [String(r[group]!.v), r[amount]!.v as number] as const);

  it("the archive states each group's sum and the total of all groups", () => {
    expect(archiveTotals).toEqual([
      ["Đầu tư cơ sở vật chất", 1_157_274_000],
      ["Địa phương hỗ trợ", 30_000_000],
      ["Tổng cộng", 1_187_274_000],
    ]);
  });

  it("the draft states every total the archive states, the same figure", () => {
    for (const [, n] of archiveTotals) expect(text).toContain(formatMoney(n));
    expect(text).toContain("Tổng kinh phí các nguồn trong nhiệm kỳ: 1.187.274.000 đồng.");
  });

  it("every total the draft states is one the archive states", () => {
    const said = [...text.matchAll(/(?:cộng|nhiệm kỳ:|vật chất:) ([\d.]+) đồng/g)].map((m) =>
      Number(m[1]!.replace(/\./g, "")),
    );
    expect(said.length).toBeGreaterThanOrEqual(3);
    for (const n of said) expect(archiveTotals.map(([, x]) => x)).toContain(n);
  });
});

describe("membership the sheet contradicts", () => {
  const members = (SAMPLE.rows.members ?? []).map((r) =>
    r.memberItem === "Tổng số đảng viên" && r.period === "10/2022" ? { ...r, value: 18 } : r,
  );
  const { a, runs } = outputs({ ...SAMPLE, rows: { ...SAMPLE.rows, members } });

  it("is an error at the total's cell, and flagged in bold where the draft prints it", () => {
    const p = a.problems.find((x) => x.code === "members-dont-add")!;
    expect(p.severity).toBe("error");
    const line = runs.find((r) => runsText(r).startsWith("Tổng số đảng viên: 18 đồng chí."))!;
    const flag = line.find((r) => r.text.includes("không bằng tổng số"))!;
    expect(flag.bold).toBe(true);
    expect(flag.text).toBe(
      ` Số chính thức cộng số dự bị không bằng tổng số: cần xem lại trang ${p.tab}.`,
    );
  });

  it("is not flagged when the figures agree", () => {
    const sample = outputs(SAMPLE).text;
    expect(sample).toContain("Tổng số đảng viên: 17 đồng chí.");
    expect(sample).not.toContain("không bằng tổng số");
  });
});
