/**
 * Regenerates sheets-templates/sample.xlsx and blank.xlsx from the schema and the sample
 * data. A test fails when the committed files drift from what this writes.
 */

import { templateWorkbook } from "../src/cli/io/template-write.js";
import { SAMPLE } from "../src/core/sample/hoa-binh.js";

const targets = [
  { file: "sheets-templates/sample.xlsx", data: SAMPLE },
  { file: "sheets-templates/blank.xlsx", data: undefined },
];
for (const t of targets) {
  await templateWorkbook(t.data).xlsx.writeFile(t.file);
  process.stdout.write(`wrote ${t.file}\n`);
}
