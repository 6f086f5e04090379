/**
 * Writes an archive plan to a file or a Node stream. The format (styles, widths, rows) is the
 * shared writer's (src/writers/xlsx/archive.ts); this file adds only the file and its stream:
 * a failed write stops the zip and settles once the file is closed.
 */
import { createWriteStream } from "node:fs";
import type { Writable } from "node:stream";
import ExcelJS from "exceljs";
import type { ArchivePlan } from "../../core/index.js";
import {
  type ArchiveWriteOptions,
  describeArchive,
  WRITER_OPTIONS,
  writeArchiveSheets,
} from "../../writers/xlsx/archive.js";

export type { Progress } from "../../writers/xlsx/archive.js";

/**
 * Writes the plan to a file path or stream. Rejects (leaving the caller to remove the
 * partial file) if a row cannot be produced or the disk fails. For a path, the promise
 * settles only once the file is closed: a caller that removes the file after a failure
 * must not race a stream that is still opening or flushing it.
 */
export async function writeArchive(
  target: string | Writable,
  plan: ArchivePlan,
  options: ArchiveWriteOptions = {},
): Promise<void> {
  const file = typeof target === "string" ? createWriteStream(target) : undefined;
  const closed = file ? new Promise<void>((resolve) => file.once("close", resolve)) : undefined;
  // A file that cannot be opened or written fails the write, whatever exceljs is doing.
  const failed = file
    ? new Promise<never>((_, reject) => file.once("error", reject))
    : new Promise<never>(() => {});
  failed.catch(() => {});
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: file ?? (target as Writable),
    ...WRITER_OPTIONS,
  });
  describeArchive(wb, plan, options.created ?? new Date());
  try {
    await Promise.race([writeArchiveSheets(wb, plan, options), failed]);
    if (closed) await Promise.race([closed, failed]);
  } catch (error) {
    // Stop the zip and close the file, and wait until it is closed, so the caller can remove
    // it and no write lands after that.
    const internals = wb as unknown as { zip?: { abort?: () => void } };
    internals.zip?.abort?.();
    file?.destroy();
    if (closed) await closed;
    throw error;
  }
}
