/**
 * The roll-up on the fixture schools: matching by code and by label (NFD, case, spaces, tone
 * placement), levels kept apart, records that hold no parsed workbook, a plan in which every
 * figure traces to one school's cell, and a draft that quotes cells and invents nothing.
 */
import { beforeAll, describe, expect, it } from "vitest";
import {
  analyse,
  type CellValue,
  draftRuns,
  type GroupEntry,
  isCommon,
  levelOfText,
  type NamedGrid,
  parseA1,
  type Rollup,
  RollupAccumulator,
  type RollupCell,
  type RollupIndicator,
  type RollupPlan,
  rollupDraft,
  rollupPlan,
  runsText,
  SAMPLE,
  templateGrids,
} from "../../../src/core/index.js";
import { SCHOOLS, schoolGrids } from "../../fixtures/schools/index.js";
import { fixtureSchools, kimDong } from "./fixtures.js";

const schools = fixtureSchools();
const gridsOf = new Map(schools.map((s) => [s.file, s.grids]));

function rollupOf(list = schools): Rollup {
  const acc = new RollupAccumulator();
  for (const s of list) acc.addWorkbook(s.file, s.grids);
  acc.addFailure("hong.xlsx", 'Không đọc được "hong.xlsx": file đã hỏng.');
  return acc.result();
}

const r = rollupOf();
const plan = rollupPlan(r, { madeAt: new Date(Date.UTC(2025, 4, 20)), version: "test" });

/** "file:code" of each member of the group holding `file`'s indicator `code`. */
function groupOf(file: string, code: string): string[] {
  const s = r.schools.findIndex((x) => x.file === file);
  const members = r.groups
    .map((_, g) => r.entries(g))
    .find((list) => list.some((e) => e.school === s && e.data.code === code))!;
  return members.map((e) => `${r.schools[e.school]!.file}:${e.data.code}`);
}

/** School number `s`'s indicators in its order, read back from the roll-up's store. */
function indicatorsOf(roll: Rollup, s: number): RollupIndicator[] {
  const out: RollupIndicator[] = [];
  roll.groups.forEach((_, g) => {
    for (const e of roll.entries(g)) if (e.school === s) out[e.indicator] = e.data;
  });
  return out;
}

describe("school levels", () => {
  it.each([
    ["Chi bộ Trường Tiểu học Hoà Bình", "primary"],
    ["Trường TH Kim Đồng", "primary"],
    ["Trường Mầm non Hoa Sen", "preschool"],
    ["Trường mẫu giáo Sơn Ca", "preschool"],
    ["Trường THCS Nguyễn Du", "lowerSecondary"],
    ["trung học cơ sở Lê Quý Đôn", "lowerSecondary"],
    ["Trường THPT Chu Văn An", "upperSecondary"],
    ["Trường TH&THCS Quang Trung", "combined"],
    ["Chi bộ cơ quan Uỷ ban", undefined],
  ])("%s → %s", (name, level) => {
    expect(levelOfText(name)).toBe(level);
  });

  it("is read from a Thông tin row first, else from the names", () => {
    const levels = r.schools.map((s) => [s.file, s.level, s.levelFrom]);
    expect(levels).toEqual([
      ["hoa-binh.xlsx", "primary", "name"],
      ["kim-dong.xlsx", "primary", "name"],
      ["le-loi.xlsx", "primary", "name"],
      ["nguyen-du.xlsx", "lowerSecondary", "info"],
    ]);
  });
});

describe("matching indicators across schools", () => {
  it("by code, whatever the label's form", () => {
    expect(groupOf("hoa-binh.xlsx", "KS1")).toEqual([
      "hoa-binh.xlsx:KS1",
      "kim-dong.xlsx:KS1",
      "le-loi.xlsx:KS1",
    ]);
  });

  it("by label when the codes differ: NFD, upper case, doubled spaces, Hòa/Hoà", () => {
    expect(groupOf("hoa-binh.xlsx", "NL1")).toEqual([
      "hoa-binh.xlsx:NL1",
      "kim-dong.xlsx:NANGLUC1",
      "le-loi.xlsx:NL1",
    ]);
    expect(groupOf("hoa-binh.xlsx", "PH1")).toContain("kim-dong.xlsx:PC-PH1");
    expect(groupOf("hoa-binh.xlsx", "KT1")).toContain("kim-dong.xlsx:KT-01");
    // "xã hội hóa" (NFD) and "xã hội hoá": the two tone placements.
    expect(groupOf("kim-dong.xlsx", "XH-1")).toEqual(["kim-dong.xlsx:XH-1", "le-loi.xlsx:XHH1"]);
  });

  it("lists every match by label for a person to confirm, and codes whose label changed", () => {
    const listed = [...r.notes("byLabel")].map((n) => {
      const s = r.schools[n.member.school]!;
      const w = r.schools[n.with.school]!;
      expect(n.code).toBe(indicatorsOf(r, n.member.school)[n.member.indicator]!.code);
      expect(n.withCode).toBe(indicatorsOf(r, n.with.school)[n.with.indicator]!.code);
      return `${s.file}:${n.code}=${w.file}:${n.withCode}`;
    });
    expect(r.noteCounts.byLabel).toBe(listed.length);
    expect(listed).toEqual([
      "kim-dong.xlsx:NANGLUC1=hoa-binh.xlsx:NL1",
      "kim-dong.xlsx:PC-PH1=hoa-binh.xlsx:PH1",
      "kim-dong.xlsx:KT-01=hoa-binh.xlsx:KT1",
      "le-loi.xlsx:XHH1=kim-dong.xlsx:XH-1",
    ]);
    expect([...r.notes("codeLabelDiffers")].map((n) => r.schools[n.member.school]!.file)).toEqual([
      "le-loi.xlsx",
    ]);
  });

  it("a sub-indicator's label counts with its parent's; a label used twice matches nothing", () => {
    // "xếp mức Tốt" is NL2 under NL1 and PH2 under PH1: the renamed school's go to the right ones.
    expect(groupOf("hoa-binh.xlsx", "NL2")).toContain("kim-dong.xlsx:NL2");
    const sample = indicatorsOf(r, 0);
    const key = (code: string) => sample.find((i) => i.code === code)!.labelKey;
    expect(key("NL2")).not.toBe(key("PH2"));
    expect([key("NL3"), key("PH3")]).toEqual([undefined, undefined]);
  });

  it("keeps levels apart: the same code with another label, or a label alone, never joins", () => {
    expect(groupOf("nguyen-du.xlsx", "NL1")).toEqual(["nguyen-du.xlsx:NL1"]);
    expect(groupOf("nguyen-du.xlsx", "KTX")).toEqual(["nguyen-du.xlsx:KTX"]);
    // Same code and same label: one indicator across levels.
    expect(groupOf("hoa-binh.xlsx", "KT1")).toContain("nguyen-du.xlsx:KT1");
  });
});

describe("records", () => {
  it("hold what the roll-up prints, not the workbook (no staff paragraph, no grid)", () => {
    const text = JSON.stringify([r.schools[0], indicatorsOf(r, 0), r.detail(0)]);
    const paragraph = String(SAMPLE.rows.texts?.[0]?.textBody ?? "");
    expect(paragraph.length).toBeGreaterThan(40);
    expect(text).not.toContain(paragraph.slice(0, 40));
    // A fraction of what analysing the workbook holds (its grids are dropped with it).
    const analysis = JSON.stringify(analyse(templateGrids(SAMPLE)));
    expect(text.length).toBeLessThan(analysis.length / 3);
  });

  it("list the missing tabs and count open errors", () => {
    const leLoi = r.schools.find((s) => s.file === "le-loi.xlsx")!;
    expect(leLoi.missingTabs).toEqual(["Giải thưởng", "Kinh phí"]);
    expect(leLoi.errorCount).toBe(1);
    const k = r.schools.indexOf(leLoi);
    expect(r.detail(k).problems[0]).toMatchObject({ severity: "error", tab: "Đảng viên" });
  });
});

const SCALES: Record<string, number> = { nghìn: 1e3, ngàn: 1e3, triệu: 1e6, tỷ: 1e9, tỉ: 1e9 };

/** The number a source cell holds, read independently of the core's parser. */
function sourceNumber(raw: CellValue, percent: boolean): number {
  if (typeof raw === "number") return percent && raw > 1 ? raw / 100 : raw;
  const t = String(raw).normalize("NFC").trim();
  // "350 triệu", "1,45 tỷ": a decimal comma and a scale word.
  const scaled = /^([\d.,]+)\s*(nghìn|ngàn|triệu|tỷ|tỉ)/.exec(t);
  if (scaled) return Number(scaled[1]!.replace(/\./g, "").replace(",", ".")) * SCALES[scaled[2]!]!;
  const hasPercent = t.endsWith("%");
  const n = Number(
    t
      .replace(/\s*%$/, "")
      .replace(/\.(?=\d{3}(\D|$))/g, "")
      .replace(",", "."),
  );
  return hasPercent ? n / 100 : n;
}

function cellOf(grids: readonly NamedGrid[], tab: string, cell: string): CellValue {
  const at = parseA1(cell)!;
  return grids.find((g) => g.name === tab)!.values[at.row]?.[at.column] ?? null;
}

/** Every cell of the plan that carries an origin, with the sheet it is in. */
function tracedCells(p: RollupPlan): { sheet: string; c: RollupCell }[] {
  return p.sheets.flatMap((s) =>
    [...s.rows()].flatMap((row) => row.filter((c) => c.from).map((c) => ({ sheet: s.name, c }))),
  );
}

/** Each traced cell holds the value of its source cell, or the sum of its source cells. */
function expectTraced(p: RollupPlan, grids: ReadonlyMap<string, readonly NamedGrid[]>): number {
  const traced = tracedCells(p);
  for (const { sheet, c } of traced) {
    const source = grids.get(c.from!.file)!;
    const raws = c.from!.cells.map((cell) => cellOf(source, c.from!.tab, cell));
    const where = `${sheet}: ${c.from!.file} ${c.from!.tab}!${c.from!.cells.join(",")}`;
    if (typeof c.v === "number") {
      const sum = raws.reduce<number>((n, raw) => n + sourceNumber(raw, c.f === "percent"), 0);
      expect(c.v, where).toBeCloseTo(sum, 9);
    } else {
      expect(raws, where).toHaveLength(1);
      expect(String(c.v).normalize("NFC"), where).toBe(String(raws[0]).trim().normalize("NFC"));
    }
  }
  return traced.length;
}

describe("the roll-up's workbook plan", () => {
  it("has the summary, one tab per common indicator, the tallies and the notes", () => {
    const names = plan.sheets.map((s) => s.name);
    const common = r.groups.filter((g) => isCommon(g, r.schools.length)).length;
    expect(names[0]).toBe("Tổng hợp");
    expect(names.slice(-4)).toEqual(["Giải thưởng", "Kinh phí", "Đảng viên", "Ghi chú"]);
    expect(names).toHaveLength(common + 5);
    expect(names).toContain("TH NL1 Học sinh xếp mức Đạt ở mỗi tiêu chí năng lực");
    expect(names).toContain("TH+THCS KT1 Học sinh được khen thưởng");
  });

  it("every figure traces to one school's cell: the value there, or the sum of the cells", () => {
    expect(expectTraced(plan, gridsOf)).toBeGreaterThan(300);
  });

  it("no figure of an indicator tab lacks its origin; only averages are computed", () => {
    for (const s of plan.sheets.slice(1, -4)) {
      [...s.rows()].slice(2).forEach((row) => {
        row.slice(1).forEach((c) => {
          if (typeof c.v === "number" && !c.computed) expect(c.from, s.name).toBeDefined();
        });
      });
    }
  });

  it("sorts schools best first and keeps a gap a gap", () => {
    const kt1 = plan.sheets.find((s) => s.name.includes("KT1 Học sinh được khen thưởng"))!;
    const rows = [...kt1.rows()];
    const header = rows[1]!.map((c) => c.v);
    const judgement = header.indexOf("Đánh giá cả nhiệm kỳ");
    const units = rows.slice(2, 6).map((row) => [row[1]!.v, row[judgement]!.judgement]);
    expect(units.map((u) => u[1])).toEqual(["exceeded", "exceeded", "exceeded", "notMet"]);
    expect(String(units[3]![0]).normalize("NFC")).toBe("Chi bộ Trường Tiểu học Kim Đồng");
    // Kim Đồng left 2021-2022 blank: blank in the roll-up, judged "Chưa có số liệu".
    const y3 = header.indexOf("Kết quả 2021-2022");
    expect(rows[5]![y3]!.v).toBeNull();
    expect(rows[5]![y3 + 1]!.judgement).toBe("noData");
  });

  it("a term result stands for blank years: no yearly 'chưa có số liệu' beside it", () => {
    const ct1 = plan.sheets.find((s) => s.name.startsWith("TH CT1 "))!;
    const rows = [...ct1.rows()];
    const header = rows[1]!.map((c) => c.v);
    const y1 = header.indexOf("Đánh giá 2019-2020");
    const term = header.indexOf("Đánh giá cả nhiệm kỳ");
    expect([rows[2]![y1]!.v, rows[2]![term]!.judgement]).toEqual([null, "met"]);
    // No year has data: the "how many met" row stays empty rather than "0/0".
    expect(
      rows
        .at(-1)!
        .map((c) => c.v)
        .filter((v) => v === "0/0"),
    ).toEqual([]);
  });

  it("notes list label matches, the unreadable file with its message and missing tabs", () => {
    const notes = plan.sheets.at(-1)!;
    const text = [...notes.rows()].map((row) => row.map((c) => String(c.v ?? "")).join("|"));
    expect(text.some((l) => l.includes("NANGLUC1") && l.includes("kim-dong.xlsx"))).toBe(true);
    expect(text.some((l) => l.startsWith("hong.xlsx|Không đọc được"))).toBe(true);
    expect(text.some((l) => l.includes("le-loi.xlsx|Giải thưởng, Kinh phí"))).toBe(true);
    expect(text.some((l) => l.includes("le-loi.xlsx") && l.includes("|Đảng viên|C2|"))).toBe(true);
  });

  it("the summary counts each school's judgements and errors", () => {
    const rows = [...plan.sheets[0]!.rows()].map((row) => row.map((c) => c.v));
    const leLoi = rows.find((row) => row.includes("le-loi.xlsx"))!;
    const s = r.schools.find((x) => x.file === "le-loi.xlsx")!;
    expect(leLoi.slice(5, 10)).toEqual([
      s.counts.exceeded,
      s.counts.met,
      s.counts.notMet,
      s.counts.noData,
      1,
    ]);
    expect(rows.at(-1)).toContain("hong.xlsx");
  });
});

describe("the committee's draft", () => {
  const draft = rollupDraft(r, new Date(Date.UTC(2025, 4, 20)));
  const lines = draftRuns(draft).map(runsText);
  const all = lines.join("\n");

  it("counts the units meeting each common target", () => {
    const kt1 = draft.blocks
      .flatMap((b) => (b.kind === "table" ? b.rows : []))
      .map((row) => row.map(runsText))
      .find((row) => row[0]!.startsWith("KT1 —"))!;
    expect(kt1).toEqual(["KT1 — Học sinh được khen thưởng", "3/4", "3", "1", "0"]);
  });

  it("names where a unit fell short, quoting the cell it read", () => {
    const quoted = [
      ...all.matchAll(
        /(?:năm học \d{4}-\d{4} đạt|cả nhiệm kỳ) ([^;()\n]+) \(chỉ tiêu [^;\n]+; ô (\S+) ([^!\n]+)!([A-Z]+\d+)\)/g,
      ),
    ];
    expect(quoted.length).toBeGreaterThan(3);
    for (const [, result, file, tab, cell] of quoted) {
      // A gap is a placeholder, never a figure (below).
      if (result!.startsWith("[chưa có số liệu")) continue;
      const raw = cellOf(gridsOf.get(file!)!, tab!, cell!);
      expect(String(raw).normalize("NFC"), `${file} ${tab}!${cell}`).toBe(result!.normalize("NFC"));
    }
    expect(all).toContain(
      "năm học 2020-2021 đạt 79% (chỉ tiêu từ 80% trở lên; ô kim-dong.xlsx Chỉ tiêu!",
    );
  });

  it("lists the unreadable file and shows no figure it does not have", () => {
    expect(all).toContain("File chưa đọc được: hong.xlsx.");
    // Lê Lợi has no awards tab: its prize counts are gaps, not zeros (no year has a figure,
    // so the gap is said once for the indicator).
    expect(all).toMatch(/Lê Lợi — Giải học sinh cấp huyện: \[chưa có số liệu: le-loi\.xlsx\]/);
    expect(all).not.toMatch(/Lê Lợi — Giải học sinh cấp huyện[^\n]*\b0 giải/);
    // Every digit group of the draft's text is a date, a count of units, a school year, a
    // cell address or a figure quoted from a cell (checked above).
    expect(all).not.toMatch(/NaN|undefined|Infinity/);
  });

  it("for a single school, every indicator is common", () => {
    const one = rollupOf([{ file: "kim-dong.xlsx", grids: templateGrids(kimDong()) }]);
    expect(one.groups.every((g) => isCommon(g, 1))).toBe(true);
  });
});

describe("with the THCS (2020-2025) and the kindergarten of test/fixtures/schools", () => {
  let all: Rollup;
  let grids: Map<string, NamedGrid[]>;
  beforeAll(async () => {
    const more = await Promise.all(
      SCHOOLS.map(async (s) => ({ file: s.file, grids: await schoolGrids(s.id) })),
    );
    all = rollupOf([...schools, ...more]);
    grids = new Map([...schools, ...more].map((s) => [s.file, s.grids]));
  });

  it("reads their levels off their names", () => {
    const level = (file: string) => all.schools.find((s) => s.file === file)!.level;
    expect([level("thcs-xuan-hoa.xlsx"), level("mam-non-hoa-an.xlsx")]).toEqual([
      "lowerSecondary",
      "preschool",
    ]);
  });

  it("joins across levels only the same code with the same label", () => {
    const ind = (m: GroupEntry) => m.data;
    all.groups.forEach((g, k) => {
      if (g.levels.length === 1) return;
      const members = all.entries(k);
      const first = members.filter((m) => all.schools[m.school]!.level === g.levels[0]);
      for (const m of members.filter((x) => !first.includes(x))) {
        const same = first.some(
          (f) => ind(f).code === ind(m).code && ind(f).labelKey === ind(m).labelKey,
        );
        expect(same, `${all.schools[m.school]!.file}:${ind(m).code}`).toBe(true);
      }
    });
    const vc2 = all.groups.find((_, k) =>
      all
        .entries(k)
        .some(
          (m) => all.schools[m.school]!.file === "mam-non-hoa-an.xlsx" && m.data.code === "VC2",
        ),
    )!;
    expect(vc2.levels).toEqual(["lowerSecondary", "preschool"]);
  });

  it("every figure of the larger roll-up still traces to its cell", () => {
    const p = rollupPlan(all, { madeAt: new Date(Date.UTC(2025, 4, 20)), version: "test" });
    expect(expectTraced(p, grids)).toBeGreaterThan(400);
  });
});
