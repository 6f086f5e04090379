/**
 * Where a command's workbook comes from: an XLSX file, or the live Google Sheet. Every
 * command that takes `INPUT | --sheet ID_OR_URL [--credentials FILE]` reads through here.
 */

import type { NamedGrid } from "../../core/index.js";
import { ARCHIVE } from "../../core/index.js";
import { UserError } from "../errors.js";
import type { SheetReadOptions } from "./sheets-read.js";

export interface SourceOptions {
  /** Path of an XLSX file. */
  readonly file?: string;
  /** ID or full URL of a Google Sheet. */
  readonly sheet?: string;
  /** Service-account key file; defaults to GOOGLE_APPLICATION_CREDENTIALS. */
  readonly credentials?: string;
  /** Overrides for the live reader (tests point it at a local server). */
  readonly sheets?: SheetReadOptions;
}

export interface Source {
  readonly grids: NamedGrid[];
  /** Where the grids came from, in Vietnamese, for notes and messages. */
  readonly description: string;
}

/**
 * Reads the workbook from exactly one of `file` or `sheet`. Throws a UserError (exit 2) with
 * a Vietnamese message when neither or both are given, or when reading fails.
 */
export async function readSource(options: SourceOptions): Promise<Source> {
  if (options.file && options.sheet) throw new UserError(ARCHIVE.bothInputs, 2);
  if (options.file) {
    // Loaded when used: the XLSX reader and the live reader each bring their own libraries.
    const { readXlsx } = await import("./xlsx-read.js");
    return { grids: await readXlsx(options.file), description: ARCHIVE.sourceFile(options.file) };
  }
  if (options.sheet) {
    const { readSheet } = await import("./sheets-read.js");
    const read = await readSheet(options.sheet, {
      ...options.sheets,
      credentials: options.credentials ?? options.sheets?.credentials,
    });
    return { grids: read.grids, description: ARCHIVE.sourceSheet(read.title, read.id) };
  }
  throw new UserError(ARCHIVE.needInput, 2);
}

/** The source options of every command that takes INPUT. */
export interface InputOptions {
  readonly sheet?: string;
  readonly credentials?: string;
}

/**
 * Reads a command's INPUT: the file argument, or `--sheet` with `--credentials`, plus any
 * overrides (tests point the live reader at a local server).
 */
export function readInput(
  input: string | undefined,
  options: InputOptions,
  overrides?: Partial<SourceOptions>,
): Promise<Source> {
  return readSource({
    ...overrides,
    file: input,
    sheet: options.sheet,
    credentials: options.credentials,
  });
}
