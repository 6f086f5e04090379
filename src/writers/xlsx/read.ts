/**
 * Reads XLSX bytes into named grids, the shape the core expects: tabs in the workbook's
 * order with the names it gives them, formulas as their cached result, rich text as its
 * text, dates as Dates, merged ranges kept only in their top-left cell. Handles what Google
 * Sheets, Excel and LibreOffice write (comments and threaded comments are read past). The
 * command line and the offline page both read through here, so a file means the same in
 * each; only where the bytes come from differs.
 *
 * The parts are unzipped with fflate and parsed with saxes (reader/), one worksheet at a
 * time: about a third of the time and half the memory of exceljs's in-memory load, and the
 * same grids (test/writers/xlsx-read-same.test.ts).
 */
import type { NamedGrid } from "../../core/index.js";
import { WRITER_TEXT } from "../messages.vi.js";
import { type NotXlsxReason, openPackage, PackageError } from "./reader/package.js";
import { readSheet } from "./reader/sheet.js";

export type { NotXlsxReason } from "./reader/package.js";

const MESSAGE: Record<NotXlsxReason, (file: string) => string> = {
  notXlsx: WRITER_TEXT.notXlsx,
  encrypted: WRITER_TEXT.encryptedXlsx,
  xls: WRITER_TEXT.oldXls,
  ods: WRITER_TEXT.ods,
  noSheets: WRITER_TEXT.noSheets,
  chartsOnly: WRITER_TEXT.chartsOnly,
};

/** The bytes are not a workbook the reader can use; `reason` says why, the message how to fix it. */
export class NotXlsxError extends Error {
  constructor(
    readonly file: string,
    readonly reason: NotXlsxReason = "notXlsx",
  ) {
    super(MESSAGE[reason](file));
    this.name = "NotXlsxError";
  }
}

/**
 * The grids of an XLSX file's bytes; `label` names the file in the message. Throws
 * NotXlsxError when the bytes are not a spreadsheet. A tab with formulas saved without
 * their value lists them in `formulasWithoutValue` (the core reports each at its cell).
 */
export async function readXlsxBytes(
  bytes: Uint8Array | ArrayBuffer,
  label: string,
): Promise<NamedGrid[]> {
  const data = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  let pkg: ReturnType<typeof openPackage>;
  try {
    pkg = openPackage(data);
  } catch (error) {
    throw new NotXlsxError(label, error instanceof PackageError ? error.reason : "notXlsx");
  }
  const grids: NamedGrid[] = [];
  for (const sheet of pkg.sheets) {
    let read: ReturnType<typeof readSheet>;
    try {
      read = readSheet(pkg.part(sheet.path) ?? "", pkg.context);
    } catch {
      throw new NotXlsxError(label);
    }
    grids.push(
      read.formulasWithoutValue.length > 0
        ? { name: sheet.name, values: read.values, formulasWithoutValue: read.formulasWithoutValue }
        : { name: sheet.name, values: read.values },
    );
  }
  return grids;
}
