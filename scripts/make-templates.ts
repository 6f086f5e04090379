/**
 * Regenerates sheets-templates/sample.xlsx and blank.xlsx from the schema and the sample
 * data. A test fails when the committed files drift from what this writes. The blank
 * template's school years follow today's date; the sample keeps a fixed date so that its
 * bytes only change when the schema or the data do.
 */

import { writeAtomically } from "../src/cli/io/atomic.js";
import { SAMPLE } from "../src/core/workbook/sample/hoa-binh.js";
import { templateWorkbook } from "../src/writers/index.js";

const targets = [
  { file: "sheets-templates/sample.xlsx", data: SAMPLE, now: new Date(Date.UTC(2022, 9, 3)) },
  { file: "sheets-templates/blank.xlsx", data: undefined, now: new Date() },
];
for (const t of targets) {
  // Atomic, so an interrupted run never leaves a half-written committed template.
  const workbook = templateWorkbook(t.data, { now: t.now });
  await writeAtomically(t.file, true, (temp) => workbook.xlsx.writeFile(temp));
  process.stdout.write(`wrote ${t.file}\n`);
}
