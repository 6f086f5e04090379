/**
 * Core evaluation benchmark: `analyse()` of a generated workbook of 10 000 indicators over
 * 5 school years, with every target kind and the result formats people type. The goal from
 * the core issue is a median of at most 50 ms in Node.
 */
import { analyse } from "../../src/core/judge/analyse.js";
import { evaluate } from "../../src/core/judge/evaluate.js";
import type { NamedGrid } from "../../src/core/workbook/model.js";
import type { CellValue } from "../../src/core/workbook/parse.js";
import { readWorkbook } from "../../src/core/workbook/read.js";
import { type TemplateData, templateGrids } from "../../src/core/workbook/template.js";

export const INDICATORS = 10_000;
export const SCHOOL_YEARS = ["2017-2018", "2018-2019", "2019-2020", "2020-2021", "2021-2022"];
const WARM_UP = 5;
const RUNS = 15;
const GOAL_MS = 50;

/** A small deterministic generator, so every run times the same workbook. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/** Row shapes: unit, kind, target and a way to write a yearly result. */
const SHAPES: readonly {
  unit: string;
  kind: string;
  target: string;
  result: (r: () => number, year: number) => CellValue;
}[] = [
  {
    unit: "%",
    kind: "",
    target: "99%",
    result: (r) => `${(98 + r() * 2).toFixed(1).replace(".", ",")}%`,
  },
  { unit: "%", kind: "", target: "từ 80% trở lên", result: (r) => 0.75 + r() * 0.25 },
  { unit: "%", kind: "", target: "dưới 1%", result: (r) => (r() < 0.5 ? "dưới 1%" : "0,8%") },
  {
    unit: "%",
    kind: "Khoảng",
    target: "99,5–100%",
    result: (r) => (r() < 0.5 ? "99% trở lên" : "99,2 - 100%"),
  },
  { unit: "%", kind: "Bằng đúng", target: "100%", result: (r) => (r() < 0.9 ? "100%" : "99,9%") },
  {
    unit: "%",
    kind: "",
    target: "70%",
    result: (r) => {
      const n = 12 + Math.floor(r() * 13);
      return `${String(Math.round((n / 24) * 1000) / 10).replace(".", ",")}% (${n}/24)`;
    },
  },
  {
    unit: "giải",
    kind: "",
    target: "Năm sau cao hơn năm trước",
    result: (r, y) => 2 + y * 3 + Math.floor(r() * 3),
  },
  {
    unit: "thứ",
    kind: "",
    target: "Năm sau cao hơn năm trước",
    result: (r) => `thứ ${1 + Math.floor(r() * 20)}`,
  },
  { unit: "mức", kind: "", target: "Mức độ 3", result: (r) => (r() < 0.5 ? "Mức độ 3" : "mức II") },
  {
    unit: "danh hiệu",
    kind: "",
    target: "Hoàn thành tốt nhiệm vụ",
    result: (r) => (r() < 0.5 ? "Hoàn thành xuất sắc nhiệm vụ" : "Hoàn thành nhiệm vụ"),
  },
  {
    unit: "đồng",
    kind: "Tối thiểu",
    target: "10 triệu đồng",
    result: (r) => `${Math.round(r() * 20_000)}.000 đ`,
  },
  {
    unit: "người",
    kind: "Chỉ theo dõi",
    target: "",
    result: (r) => (r() < 0.1 ? "" : String(Math.round(r() * 40))),
  },
];

/** The generated workbook as named grids, as both shells hand them to the core. */
export function generatedWorkbook(count = INDICATORS): NamedGrid[] {
  const r = random(2020);
  const rows: Record<string, CellValue>[] = [];
  const results: Record<string, CellValue[]> = {};
  for (let i = 0; i < count; i++) {
    const shape = SHAPES[i % SHAPES.length]!;
    const code = `CT${i + 1}`;
    rows.push({
      code,
      group: `Nhóm ${Math.floor(i / 3)}`,
      label: `Chỉ tiêu số ${i + 1}`,
      unit: shape.unit,
      kind: shape.kind,
      target: shape.target,
      nextTarget: shape.target,
    });
    results[code] = SCHOOL_YEARS.map((_, y) => shape.result(r, y));
  }
  const data: TemplateData = {
    info: { unitName: "Chi bộ thử", term: "2017-2022" },
    schoolYears: SCHOOL_YEARS,
    rows: { indicators: rows },
    results,
  };
  return templateGrids(data);
}

function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

interface Timing {
  readonly wall: number[];
  readonly cpu: number[];
}

function time(step: () => unknown): Timing {
  for (let i = 0; i < WARM_UP; i++) step();
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    step();
    wall.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
  }
  return { wall, cpu };
}

export async function run(): Promise<string> {
  const grids = generatedWorkbook();
  const { workbook } = readWorkbook(grids);
  const problems = analyse(grids).problems.length;
  // Evaluation proper (the engine: judgements, gaps, trends, tallies) on a read workbook, then
  // reading (parsing every cell) and the whole pipeline, each timed on its own.
  const rows: [string, Timing, boolean][] = [
    ["evaluate(): judgements of a read workbook", time(() => evaluate(workbook)), true],
    ["readWorkbook(): parsing every cell", time(() => readWorkbook(grids)), false],
    ["analyse(): read + evaluate + problems", time(() => analyse(grids)), false],
  ];
  const fmt = (ms: number) => ms.toFixed(1);
  // CPU time is shown beside wall time because this machine is shared: when other jobs run,
  // wall time grows while CPU time (which includes V8's helper threads) stays put.
  return [
    `### Core evaluation: ${INDICATORS.toLocaleString("en")} indicators × ${SCHOOL_YEARS.length} school years (${problems} problems found)`,
    "",
    `${RUNS} timed runs after ${WARM_UP} warm-up runs each. Goal: evaluation median ≤ ${GOAL_MS} ms.`,
    "",
    "| step | median (ms) | min (ms) | max (ms) | CPU median (ms) | goal |",
    "| --- | ---: | ---: | ---: | ---: | --- |",
    ...rows.map(([name, t, goal]) => {
      const med = median(t.wall);
      const verdict = goal ? (med <= GOAL_MS ? "met" : "NOT met") : "—";
      return `| ${name} | ${fmt(med)} | ${fmt(Math.min(...t.wall))} | ${fmt(Math.max(...t.wall))} | ${fmt(median(t.cpu))} | ${verdict} |`;
    }),
  ].join("\n");
}
