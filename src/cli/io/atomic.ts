/**
 * Writing files atomically: the bytes go to a temporary file beside the target, which is
 * renamed over it only when complete. A failure half-way leaves no partial file, and an
 * existing file is replaced only when the caller says so.
 */
import { randomBytes } from "node:crypto";
import { constants } from "node:fs";
import { access, mkdir, rename, rm } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { CLI } from "../../core/i18n/vi.js";
import { UserError } from "../errors.js";

async function exists(file: string): Promise<boolean> {
  try {
    await access(file, constants.F_OK);
    return true;
  } catch {
    return false;
  }
}

/** Fails with a clear message when `file` exists and `force` is not set. */
export async function ensureWritable(file: string, force: boolean): Promise<void> {
  if (!force && (await exists(file))) throw new UserError(CLI.exists(file), 2);
}

/**
 * Calls `write` with a temporary path, then renames it to `file`. If `write` throws, the
 * temporary file is removed and `file` is left as it was.
 */
export async function writeAtomically(
  file: string,
  force: boolean,
  write: (tempPath: string) => Promise<void>,
): Promise<void> {
  await ensureWritable(file, force);
  const dir = dirname(file);
  await mkdir(dir, { recursive: true });
  const temp = join(dir, `.${basename(file)}.${randomBytes(6).toString("hex")}.tmp`);
  try {
    await write(temp);
    await ensureWritable(file, force);
    await rename(temp, file);
  } catch (error) {
    await rm(temp, { force: true });
    if (error instanceof UserError) throw error;
    const reason = error instanceof Error ? error.message : String(error);
    throw new UserError(CLI.cannotWrite(file, reason), 2);
  }
}
