/**
 * Comparing files built in the browser with the ones Node writes, and reading them back with
 * Debian's python-docx and openpyxl.
 */
import { execFileSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { expect } from "vitest";
import { DEBIAN_PYTHON } from "./external.js";

/** Width and height of a PNG, from its header. */
export function pngSize(base64: string): [number, number] {
  const b = Buffer.from(base64, "base64");
  return [b.readUInt32BE(16), b.readUInt32BE(20)];
}

/** Parts equal except images, which must be PNGs of the same size (canvas vs resvg). */
export function expectSameParts(
  browserParts: Map<string, string>,
  nodeParts: Map<string, string>,
): void {
  expect([...browserParts.keys()].sort()).toEqual([...nodeParts.keys()].sort());
  for (const [name, value] of nodeParts) {
    if (/\.png$/.test(name)) expect(pngSize(browserParts.get(name)!), name).toEqual(pngSize(value));
    else expect(browserParts.get(name), name).toBe(value);
  }
}

/** A DOCX as python-docx reads it: paragraph texts, pictures, tables. */
export function readDocx(
  bytes: Uint8Array,
  dir: string,
): { texts: string[]; shapes: number; tables: number } {
  const file = join(dir, "read.docx");
  writeFileSync(file, bytes);
  return JSON.parse(
    execFileSync(
      DEBIAN_PYTHON,
      [
        "-c",
        `import json, sys, docx
d = docx.Document(sys.argv[1])
print(json.dumps({"texts": [p.text for p in d.paragraphs], "shapes": len(d.inline_shapes), "tables": len(d.tables)}))`,
        file,
      ],
      { encoding: "utf8" },
    ),
  );
}

/** An XLSX as openpyxl reads it: tab names, A1 of the first, the title property. */
export function readXlsxWithOpenpyxl(
  bytes: Uint8Array,
  dir: string,
): { sheets: string[]; a1: string; title: string } {
  const file = join(dir, "read.xlsx");
  writeFileSync(file, bytes);
  return JSON.parse(
    execFileSync(
      DEBIAN_PYTHON,
      [
        "-c",
        `import json, sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
ws = wb[wb.sheetnames[0]]
print(json.dumps({"sheets": wb.sheetnames, "a1": ws["A1"].value, "title": wb.properties.title}))`,
        file,
      ],
      { encoding: "utf8" },
    ),
  );
}
