/**
 * Random workbooks for the finite-number property test and the fuzz script: the sample
 * school's tabs (so the readers find real tables), damaged the ways files are — tabs dropped,
 * duplicated or reordered, columns shuffled, headers in other case or NFD, rows cut or added —
 * and cells replaced by what breaks readers: 1e308 counts and 1.7e308 sums, `t="n"` cells
 * holding text or "1e999", date-formatted serials no date can hold, formulas without a cached
 * value, error cells, HTML, money with decimals of đồng, reversed ranges, huge digit strings.
 *
 * Deterministic: one seed, one file. Generated text never contains "NaN", "Infinity" or "∞",
 * so finding one of those in an output means the tool made it.
 */

import { a1 } from "../../src/core/base/text.js";
import { type CellValue, SAMPLE, templateGrids } from "../../src/core/index.js";
import { packageXlsx } from "./xlsx-fixtures.js";

/** A small fast PRNG (mulberry32): the same seed gives the same workbook everywhere. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Rand = () => number;
const pick = <T>(r: Rand, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
const chance = (r: Rand, p: number) => r() < p;

const esc = (t: string) => t.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
const inline = (ref: string, t: string) =>
  `<c r="${ref}" t="inlineStr"><is><t xml:space="preserve">${esc(t)}</t></is></c>`;
const num = (ref: string, v: string, style = 0) =>
  `<c r="${ref}"${style ? ` s="${style}"` : ""}><v>${v}</v></c>`;

/** Styles: 0 plain, 1 a date format, 2 a percent format. */
const STYLES =
  '<numFmts count="1"><numFmt numFmtId="165" formatCode="dd/mm/yyyy"/></numFmts>' +
  '<cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>' +
  '<xf numFmtId="165" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>' +
  '<xf numFmtId="10" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>';

const NASTY_TEXT = [
  "1.157.274.000,5",
  "0,5 đồng",
  "100%-99%",
  "thứ 0",
  "1000000000 tỷ",
  `1${"0".repeat(400)}`,
  `17${"0".repeat(307)}`,
  `${"9".repeat(300)}/${"9".repeat(301)}`,
  "1E+20",
  "1e999",
  "-1e999",
  "=1+1",
  "<img src=x onerror=alert(1)>",
  "<a href='javascript:alert(1)'>bấm</a>",
  "[bấm](javascript:alert(1))",
  "**đậm** _nghiêng_ `mã` # tiêu đề",
  "Kết quả 0000-0001",
  "Kết quả 2019-2021",
  "Chỉ tiêu",
  "Học sinh hoàn thành chương trình".normalize("NFD"),
  "  khoảng trắng  ",
  "dòng một\ndòng hai",
  "2019-2020; 2020-2021",
  "99,5%",
  "-5",
  "0",
  "1,2 tỷ",
  "10 triệu đồng",
  "#DIV/0!",
  "x".repeat(3000),
  "",
];

/** One damaged cell, as the XML of a <c> element ("" for no cell). */
function nastyCell(r: Rand, ref: string): string {
  switch (Math.floor(r() * 12)) {
    case 0:
      return num(ref, pick(r, ["1e308", "-1e308", "1.7e308", "1.7976931348623157e308"]));
    case 1:
      return num(ref, pick(r, ["5e-324", "1e16", "9007199254740993", "-0", "0.30000000000000004"]));
    case 2:
      // A number cell holding text or a number no double holds.
      return `<c r="${ref}" t="n"><v>${pick(r, ["abc", "1e999", "-1e999", "12abc", "1,5"])}</v></c>`;
    case 3:
      return num(ref, pick(r, ["3000000000", "10000000", "-5", "2958466", "44837.5", "0"]), 1);
    case 4:
      return `<c r="${ref}"><f>${pick(r, ["1+1", "SUM(A1:A2)", "B2*2"])}</f></c>`;
    case 5:
      return `<c r="${ref}"><f>1+1</f><v>${pick(r, ["2", "1e308", "1e999"])}</v></c>`;
    case 6:
      return `<c r="${ref}" t="e"><v>${pick(r, ["#DIV/0!", "#REF!", "#N/A", "#VALUE!"])}</v></c>`;
    case 7:
      return `<c r="${ref}" t="b"><v>${pick(r, ["0", "1"])}</v></c>`;
    case 8:
      return num(ref, String(Math.round((r() - 0.3) * 10 ** Math.floor(r() * 18))));
    case 9:
      return num(ref, String(r()), 2);
    case 10:
      return "";
    default:
      return inline(ref, pick(r, NASTY_TEXT));
  }
}

/** A cell of the sample as XML (Date as a date-formatted serial). */
function plainCell(ref: string, v: CellValue): string {
  if (v === null || v === undefined || v === "") return "";
  if (typeof v === "number") return num(ref, String(v));
  if (typeof v === "boolean") return `<c r="${ref}" t="b"><v>${v ? 1 : 0}</v></c>`;
  if (v instanceof Date) return num(ref, String(v.getTime() / 86_400_000 + 25569), 1);
  return inline(ref, v);
}

function shuffled<T>(r: Rand, xs: readonly T[]): T[] {
  const out = [...xs];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(r() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

function damagedRows(r: Rand, values: readonly (readonly CellValue[])[]): CellValue[][] {
  let rows = values.map((row) => [...row]);
  if (rows.length > 0 && chance(r, 0.2)) {
    // Columns reordered, header and all.
    const width = Math.max(...rows.map((row) => row.length));
    const order = shuffled(
      r,
      Array.from({ length: width }, (_, i) => i),
    );
    rows = rows.map((row) => order.map((i) => row[i] ?? null));
  }
  if (rows[0] && chance(r, 0.2)) {
    rows[0] = rows[0].map((h) =>
      typeof h === "string" ? (chance(r, 0.5) ? h.toUpperCase() : h.normalize("NFD")) : h,
    );
  }
  if (chance(r, 0.2)) rows = rows.slice(0, 1 + Math.floor(r() * rows.length));
  if (chance(r, 0.2)) {
    for (let i = Math.floor(r() * 6); i > 0; i--) rows.push([...pick(r, rows)]);
  }
  return rows;
}

/** The XML of one tab's sheetData, with `rate` of its cells damaged. */
function sheetBody(r: Rand, rows: readonly (readonly CellValue[])[], rate: number): string {
  const xml = rows.map((row, i) => {
    const cells = row.map((v, c) => {
      const ref = a1(i, c);
      return i > 0 || chance(r, 0.1)
        ? chance(r, rate)
          ? nastyCell(r, ref)
          : plainCell(ref, v)
        : plainCell(ref, v);
    });
    // Sometimes a cell past the row's end.
    if (chance(r, 0.05)) cells.push(nastyCell(r, a1(i, row.length + Math.floor(r() * 3))));
    return `<row r="${i + 1}">${cells.join("")}</row>`;
  });
  return `<sheetData>${xml.join("")}</sheetData>`;
}

/** The random workbook of `seed`, as XLSX bytes. */
export async function randomWorkbook(seed: number): Promise<Buffer> {
  const r = prng(seed);
  const rate = pick(r, [0, 0.02, 0.1, 0.3, 0.7]);
  let tabs = templateGrids(SAMPLE).filter(() => !chance(r, 0.1));
  if (chance(r, 0.15) && tabs.length > 0) {
    const twin = pick(r, tabs);
    // A second tab matching a template tab: the same name in NFD, with a space after it.
    tabs.push({ name: `${twin.name.normalize("NFD")} `, values: twin.values });
  }
  if (chance(r, 0.2)) tabs = shuffled(r, tabs);
  if (tabs.length === 0) tabs = templateGrids(SAMPLE).slice(0, 1);
  const names = new Set<string>();
  const sheets = tabs
    .filter((t) => {
      // Excel refuses two tabs of one name (whatever the case): keep the first.
      const key = t.name.toLowerCase();
      if (names.has(key)) return false;
      names.add(key);
      return true;
    })
    .map((t) => ({ name: esc(t.name), body: sheetBody(r, damagedRows(r, t.values), rate) }));
  return packageXlsx({ sheets, styles: STYLES });
}
