/**
 * XLSX bytes → the core's named grids, in tab order with the workbook's own tab names. The
 * command line and the offline page both read through here (only where the bytes come from
 * differs), so a file means the same in each.
 */
import type { NamedGrid } from "../../../core/index.js";
import { type NotXlsxReason, openPackage, PackageError } from "./package.js";
import { readSheet } from "./sheet.js";

export type { NotXlsxReason } from "./package.js";

/** A grid, and the formulas its tab holds without a saved value (A1), when there are any. */
export interface ReadGrid extends NamedGrid {
  readonly formulasWithoutValue?: readonly string[];
}

/** Thrown when the bytes are not a workbook this reader can use; `reason` says why. */
export class XlsxReadError extends Error {
  constructor(readonly reason: NotXlsxReason) {
    super(reason);
    this.name = "XlsxReadError";
  }
}

export function readXlsxGrids(bytes: Uint8Array): ReadGrid[] {
  let pkg: ReturnType<typeof openPackage>;
  try {
    pkg = openPackage(bytes);
  } catch (error) {
    if (error instanceof PackageError) throw new XlsxReadError(error.reason);
    throw new XlsxReadError("notXlsx");
  }
  return pkg.sheets.map((sheet) => {
    const xml = pkg.part(sheet.path);
    if (xml === undefined) return { name: sheet.name, values: [] };
    let read: ReturnType<typeof readSheet>;
    try {
      read = readSheet(xml, pkg.context);
    } catch {
      throw new XlsxReadError("notXlsx");
    }
    return read.formulasWithoutValue.length > 0
      ? { name: sheet.name, values: read.values, formulasWithoutValue: read.formulasWithoutValue }
      : { name: sheet.name, values: read.values };
  });
}
