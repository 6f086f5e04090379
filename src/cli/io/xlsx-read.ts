/**
 * Reads an XLSX file from disk into named grids. The conversion itself is the shared one
 * (src/writers/xlsx/read.ts); this file adds the file system and the CLI's exit codes.
 */
import { readFile, stat } from "node:fs/promises";
import type { NamedGrid } from "../../core/index.js";
// The reader itself, not the writers' door: check needs neither exceljs nor docx.
import { NotXlsxError, readXlsxBytes } from "../../writers/xlsx/read.js";
import { UserError } from "../errors.js";
import { CLI, FILES } from "../messages.vi.js";
import { errorCode } from "./atomic.js";

/** Reads an XLSX file; unreadable input becomes a clear Vietnamese error (exit 2). */
export async function readXlsx(file: string): Promise<NamedGrid[]> {
  let buffer: Buffer;
  try {
    // A FIFO or a device would block the read or never end: only regular files are read.
    const info = await stat(file);
    if (info.isDirectory()) throw new UserError(FILES.isDirectory(file), 2);
    if (!info.isFile()) throw new UserError(FILES.notRegular(file), 2);
    buffer = await readFile(file);
  } catch (error) {
    if (error instanceof UserError) throw error;
    const code = errorCode(error);
    if (code === "EISDIR") throw new UserError(FILES.isDirectory(file), 2);
    if (code === "EACCES" || code === "EPERM") throw new UserError(FILES.notReadable(file), 2);
    throw new UserError(CLI.fileNotFound(file), 2);
  }
  return readXlsxBuffer(buffer, file);
}

export async function readXlsxBuffer(
  buffer: Buffer | ArrayBuffer,
  label: string,
): Promise<NamedGrid[]> {
  try {
    return await readXlsxBytes(buffer, label);
  } catch (error) {
    if (error instanceof NotXlsxError) throw new UserError(error.message, 2);
    throw error;
  }
}
