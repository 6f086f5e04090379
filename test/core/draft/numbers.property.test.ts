/**
 * Property: every number in a draft made from a random workbook comes from that workbook;
 * and so for every report kind of the three schools' workbooks (the sample, the THCS and
 * the kindergarten fixtures, read back from XLSX as typed).
 *
 * Numbers of the draft are read from every run that is not a missing-data placeholder
 * (placeholders name cells, "Chỉ tiêu!L6", and are checked to be placeholders). Outline
 * numbering is kept apart from heading text by the tree, so it is not read. What a draft is
 * entitled to is in test/support/draft-numbers.ts.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { analyse } from "../../../src/core/judge/analyse.js";
import { buildDraft } from "../../../src/core/outputs/draft/build.js";
import { KINDS } from "../../../src/core/outputs/draft/kinds/all.js";
import {
  INDICATOR_SECTIONS,
  LEVEL_LABELS,
  RECIPIENT_LABELS,
  SCOPE_LABELS,
} from "../../../src/core/vocabulary/vi.js";
import type { CellValue } from "../../../src/core/workbook/parse.js";
import { SAMPLE } from "../../../src/core/workbook/sample/hoa-binh.js";
import { type TemplateData, templateGrids } from "../../../src/core/workbook/template.js";
import { SCHOOLS, schoolGrids } from "../../fixtures/schools/index.js";
import { allowedNumbers, foreignNumbers, numbersIn } from "../../support/draft-numbers.js";

const YEARS = ["2019-2020", "2020-2021", "2021-2022"];
const WORDS = [
  "học sinh",
  "giáo viên",
  "đạt",
  "xếp mức Tốt",
  "hoàn thành",
  "đảng viên",
  "lớp 1",
  "khen thưởng",
];

/** Time scopes as people write them in a label or a target (issue 8), and none. */
const SCOPE_WORDS = [
  "",
  "hằng năm",
  "mỗi năm",
  "trong nhiệm kỳ",
  "cả nhiệm kỳ",
  "đến cuối nhiệm kỳ",
  "đến năm 2022",
  "trong năm học 2020-2021",
  "bình quân",
  "trung bình mỗi năm",
];

/** Things to have less of: the row is lower-is-better ("tỉ lệ học sinh bỏ học … là 0,3%"). */
const LOWER_BETTER = ["học sinh bỏ học", "học sinh yếu kém", "trẻ suy dinh dưỡng", "vi phạm"];

const decimal = fc
  .tuple(fc.integer({ min: 0, max: 100 }), fc.integer({ min: 0, max: 9 }))
  .map(([a, b]) => (a === 100 || b === 0 ? `${a}` : `${a},${b}`));

const percentFigure = fc.oneof(
  decimal.map((n) => `${n}%`),
  decimal.map((n) => `từ ${n}% trở lên`),
  decimal.map((n) => `dưới ${n}%`),
  fc.tuple(decimal, decimal).map(([a, b]) => `${a}%-${b}%`),
  fc.integer({ min: 0, max: 1000 }).map((n) => n / 1000),
  fc.constant(""),
);
const countFigure = fc.oneof(
  fc.integer({ min: 0, max: 60 }).map(String),
  fc.integer({ min: 1, max: 40 }).map((n) => `thứ ${n}`),
  fc
    .tuple(fc.integer({ min: 0, max: 9 }), fc.integer({ min: 10, max: 20 }))
    .map(([a, b]) => `${a}-${b}`),
  fc.constantFrom("Mức độ 2", "Năm sau cao hơn năm trước", "không có", ""),
  // "4-5" or "10/2022" a spreadsheet turned into a date: never a figure of the draft.
  fc.constantFrom(new Date(Date.UTC(2025, 4, 4)), new Date(Date.UTC(2022, 9, 1))),
);

const indicatorArb = fc.record({
  section: fc.constantFrom(...Object.values(INDICATOR_SECTIONS), ""),
  group: fc.constantFrom("Nhóm A", "Nhóm B", ""),
  percent: fc.boolean(),
  unitOther: fc.constantFrom("giải", "thứ hạng", "mức/danh hiệu", "giáo viên", "người"),
  label: fc
    .array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 4 })
    .map((w) => w.join(" ")),
  lower: fc.constantFrom("", "", ...LOWER_BETTER),
  scopeInLabel: fc.constantFrom(...SCOPE_WORDS),
  scopeInTarget: fc.constantFrom("", "", "", "trong nhiệm kỳ", "bình quân", "đến cuối nhiệm kỳ"),
  scopeColumn: fc.constantFrom("", "", "", ...Object.values(SCOPE_LABELS)),
  kind: fc.constantFrom("", "", "", "Tối đa", "Tối thiểu"),
  withParent: fc.boolean(),
  pattern: fc.constantFrom("", "{chi_tieu}: {ket_qua} ({danh_gia}), {nam_hoc:2020-2021}"),
  source: fc.constantFrom("", "", "Giải thưởng: Học sinh, Huyện"),
  seed: fc.array(fc.oneof(percentFigure, countFigure), { minLength: 6, maxLength: 6 }),
});

const workbookArb = fc
  .record({
    indicators: fc.array(indicatorArb, { minLength: 1, maxLength: 10 }),
    awards: fc.array(
      fc.record({
        schoolYear: fc.constantFrom(...YEARS, ""),
        recipient: fc.constantFrom(...Object.values(RECIPIENT_LABELS)),
        level: fc.constantFrom(...Object.values(LEVEL_LABELS)),
        award: fc.constantFrom("Giải Nhất", "Tập thể lao động tiên tiến", "Công đoàn vững mạnh"),
        count: fc.integer({ min: 1, max: 30 }),
      }),
      { maxLength: 8 },
    ),
    members: fc.record({
      total: fc.integer({ min: 1, max: 40 }),
      official: fc.integer({ min: 0, max: 40 }),
      probationary: fc.integer({ min: 0, max: 5 }),
      admitted: fc.boolean(),
    }),
    funding: fc.array(
      fc.record({
        schoolYear: fc.constantFrom(...YEARS, ""),
        fundingGroup: fc.constantFrom("Cơ sở vật chất", "Địa phương hỗ trợ"),
        fundingItem: fc.constantFrom("Mua sắm", "Sửa chữa", "Tổng cộng"),
        fundingSource: fc.constantFrom("Ngân sách nhà nước", "Xã hội hoá", "Địa phương", ""),
        amount: fc.integer({ min: 0, max: 2_000_000_000 }),
      }),
      { maxLength: 6 },
    ),
    textNumber: fc.integer({ min: 0, max: 99 }),
  })
  .map((g): TemplateData => {
    const results: Record<string, CellValue[]> = {};
    const indicators = g.indicators.map((x, k) => {
      const code = `X${k + 1}`;
      results[code] = x.seed.slice(0, 3);
      return {
        code,
        section: x.section,
        group: x.group,
        parent: x.withParent && k > 0 ? `X${k}` : "",
        label: [x.lower, x.label, x.scopeInLabel].filter((w) => w !== "").join(" "),
        unit: x.percent ? "%" : x.unitOther,
        kind: x.kind,
        scope: x.scopeColumn,
        target:
          typeof x.seed[3] === "string" && x.seed[3] !== "" && x.scopeInTarget
            ? `${x.seed[3]} ${x.scopeInTarget}`
            : (x.seed[3] ?? ""),
        termResult: x.seed[4] ?? "",
        nextTarget: x.seed[5] ?? "",
        source: x.source,
        pattern: x.pattern,
      };
    });
    return {
      schoolYears: YEARS,
      info: { unitName: "Chi bộ Trường Tiểu học Thử", term: "2020-2022", nextTerm: "2022-2025" },
      rows: {
        indicators,
        awards: g.awards,
        members: [
          { period: "10/2022", memberItem: "Tổng số đảng viên", value: g.members.total },
          { period: "10/2022", memberItem: "Đảng viên chính thức", value: g.members.official },
          { period: "10/2022", memberItem: "Đảng viên dự bị", value: g.members.probationary },
          ...(g.members.admitted
            ? [
                {
                  period: "01/2022",
                  memberItem: "Kết nạp đảng viên mới",
                  value: 1,
                  names: "Nguyễn Văn A",
                },
              ]
            : []),
        ],
        funding: g.funding,
        texts: [
          { textSection: "Thuận lợi", textBody: `Có ${g.textNumber} phòng học mới.` },
          { textSection: "Bài học kinh nghiệm", textBody: "Đoàn kết." },
        ],
      },
      results,
    };
  });

describe("numbers in a draft", () => {
  it("reads Vietnamese numbers", () => {
    expect(numbersIn("1.157.274.000 đồng, 99,3% và 2019-2020; 15/24")).toEqual([
      1157274000, 99.3, 2019, 2020, 15, 24,
    ]);
  });

  it("are drawn from workbooks with every time scope, typed every way, and lower-is-better rows", () => {
    const seen = new Set<string>();
    for (const data of fc.sample(workbookArb, { numRuns: 300, seed: 8 })) {
      for (const i of analyse(templateGrids(data)).workbook.indicators) {
        seen.add(`${i.scope.key} from ${i.scope.from}`);
        if (i.lowerBetter) seen.add("lower is better");
      }
    }
    const scopes = ["yearly", "term", "termEnd", "schoolYear", "average"];
    expect([...seen]).toEqual(
      expect.arrayContaining([
        ...scopes.flatMap((k) => [`${k} from label`, `${k} from column`]),
        "term from target",
        "average from target",
        "termEnd from target",
        "lower is better",
      ]),
    );
  });

  it("all come from the workbook", () => {
    fc.assert(
      fc.property(workbookArb, (data) => {
        const grids = templateGrids(data);
        const draft = buildDraft(analyse(grids));
        expect(foreignNumbers(draft, allowedNumbers(grids))).toEqual([]);
      }),
      { numRuns: 150 },
    );
  });
});

describe("numbers in the drafts of the three schools", () => {
  const workbooks = [
    { id: "sample", grids: async () => templateGrids(SAMPLE) },
    ...SCHOOLS.map((s) => ({ id: s.id, grids: () => schoolGrids(s.id) })),
  ];
  const cases = workbooks.flatMap((w) => Object.values(KINDS).map((k) => ({ ...w, kind: k.id })));

  it.each(cases)("$id, $kind: every number comes from the workbook", async ({ grids, kind }) => {
    const g = await grids();
    const analysis = analyse(g);
    // The school-year report compares a year with the one before; the others judge sums.
    const allowed = allowedNumbers(g, analysis, { derived: true });
    for (const year of kind === "nam-hoc" ? analysis.workbook.schoolYears : [undefined]) {
      const draft = buildDraft(analysis, { kind, schoolYear: year });
      expect(foreignNumbers(draft, allowed), year).toEqual([]);
    }
  });
});
