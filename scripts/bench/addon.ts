/**
 * Spreadsheet-service calls per add-on action at 10, 1 000 and 10 000 indicator rows, counted
 * by the in-memory fakes while the BUILT add-on runs in a vm. The goal is the same count at
 * every size: one read and one write per tab, never a call per row.
 */
import { SAMPLE } from "../../src/core/workbook/sample/hoa-binh.js";
import type { TemplateData } from "../../src/core/workbook/template.js";
import { templateGrids } from "../../src/core/workbook/template.js";
import { FakeSpreadsheet } from "../../test/addon/fakes/spreadsheet.js";
import { load } from "../../test/addon/harness.js";

export const SIZES = [10, 1_000, 10_000] as const;
export const ACTIONS = [
  "setUpSheet",
  "computeResults",
  "formatSheet",
  "checkSheet",
  "drawCharts",
  "updateAll",
  "makeDraft",
  "exportArchive",
  "makeGoogleDoc",
] as const;

/** The sample with its indicators repeated (new codes, same figures) up to `n` rows. */
export function scaledSample(n: number): TemplateData {
  const base = SAMPLE.rows.indicators ?? [];
  const rows = Array.from({ length: n }, (_, i) => {
    const b = base[i % base.length]!;
    return { ...b, code: `${String(b.code)}-${i}`, parent: "" };
  });
  const results = Object.fromEntries(
    rows.map((r, i) => [r.code, SAMPLE.results?.[String(base[i % base.length]!.code)] ?? []]),
  );
  return { ...SAMPLE, rows: { ...SAMPLE.rows, indicators: rows }, results };
}

export interface Count {
  readonly total: number;
  readonly reads: number;
  readonly writes: number;
  /** Cells the writes set (a range counts all its cells). */
  readonly cells: number;
}

/** Calls per action for one size; each action runs once, in menu order, on the same sheet. */
export async function countCalls(n: number): Promise<Record<string, Count>> {
  const world = await load(FakeSpreadsheet.fromGrids(templateGrids(scaledSample(n))));
  const out: Record<string, Count> = {};
  const measure = (label: string, action: string) => {
    const calls = world.ss._calls;
    calls.reset();
    world.call(action);
    out[label] = {
      total: calls.total(),
      reads: calls.matching(READS),
      writes: calls.writes(),
      cells: calls.cellsWritten,
    };
  };
  for (const action of ACTIONS) measure(action, action);
  measure("setUpSheet (again)", "setUpSheet");
  measure("computeResults (again)", "computeResults");
  measure("formatSheet (again)", "formatSheet");
  measure("drawCharts (again)", "drawCharts");
  measure("updateAll (again)", "updateAll");
  return out;
}

/** Calls that read document contents (as opposed to names, sizes and builders). */
const READS =
  /\.(getValues|getFormulas|getNumberFormats|getFontWeights|getDataValidations|getConditionalFormatRules|getProtections|getCharts)$/;

export async function run(): Promise<string> {
  const counts: Awaited<ReturnType<typeof countCalls>>[] = [];
  for (const n of SIZES) counts.push(await countCalls(n));
  const lines = [
    "## Add-on service calls",
    "",
    "Every call the add-on makes to SpreadsheetApp, Ui, LockService and HtmlService (builders",
    "included), counted by the fakes; in brackets, content reads / writes; then the cells written.",
    "",
    `| action | ${SIZES.map((n) => `${n.toLocaleString("en")} rows`).join(" | ")} |`,
    `| --- | ${SIZES.map(() => "---:").join(" | ")} |`,
  ];
  for (const action of Object.keys(counts[0]!)) {
    const cell = (c: (typeof counts)[number]) => {
      const x = c[action]!;
      return `${x.total} (${x.reads} / ${x.writes}); ${x.cells.toLocaleString("en")}`;
    };
    lines.push(`| ${action} | ${counts.map(cell).join(" | ")} |`);
  }
  return lines.join("\n");
}
