/**
 * Regenerates sheets-templates/sample.xlsx and blank.xlsx from the schema and the sample
 * data. A test fails when the committed files drift from what this writes.
 */

import { writeAtomically } from "../src/cli/io/atomic.js";
import { SAMPLE } from "../src/core/workbook/sample/hoa-binh.js";
import { templateWorkbook } from "../src/writers/index.js";

const targets = [
  { file: "sheets-templates/sample.xlsx", data: SAMPLE },
  { file: "sheets-templates/blank.xlsx", data: undefined },
];
for (const t of targets) {
  // Atomic, so an interrupted run never leaves a half-written committed template.
  const workbook = templateWorkbook(t.data);
  await writeAtomically(t.file, true, (temp) => workbook.xlsx.writeFile(temp));
  process.stdout.write(`wrote ${t.file}\n`);
}
