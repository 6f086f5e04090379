/**
 * Writing files atomically: the bytes go to a temporary file beside the target, which is
 * renamed over it only when complete. A failure half-way leaves no partial file, and an
 * existing file is replaced only when the caller says so.
 */
import { randomBytes } from "node:crypto";
import { mkdir, rename, rm, stat } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { UserError } from "../errors.js";
import { CLI, FILES } from "../messages.vi.js";

/** The system's error code of a failed file operation ("EACCES", …), or "". */
export function errorCode(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === "string" ? code : "";
}

/** Why a file operation failed, in Vietnamese (Node's own messages are English). */
export function reasonOf(error: unknown): string {
  const code = errorCode(error);
  return FILES.reasons[code] ?? FILES.unknownReason(code);
}

/** What is at `path`: nothing, a directory, or something else (a file). */
async function kindOf(path: string): Promise<"none" | "directory" | "file"> {
  try {
    return (await stat(path)).isDirectory() ? "directory" : "file";
  } catch {
    return "none";
  }
}

/**
 * Fails with a clear message when `file` is a directory, or exists and `force` is not set.
 * A directory is refused even with --force: renaming over it would fail, or worse.
 */
export async function ensureWritable(file: string, force: boolean): Promise<void> {
  const kind = await kindOf(file);
  if (kind === "directory") throw new UserError(FILES.isDirectory(file), 2);
  if (kind === "file" && !force) throw new UserError(CLI.exists(file), 2);
}

/**
 * Calls `write` with a temporary path, then renames it to `file`. Missing directories are
 * created. If anything fails, the temporary file is removed, `file` is left as it was, and
 * the error becomes a Vietnamese message naming the file (exit 2).
 */
export async function writeAtomically(
  file: string,
  force: boolean,
  write: (tempPath: string) => Promise<void>,
): Promise<void> {
  await ensureWritable(file, force);
  const dir = dirname(file);
  const temp = join(dir, `.${basename(file)}.${randomBytes(6).toString("hex")}.tmp`);
  try {
    await mkdir(dir, { recursive: true });
    await write(temp);
    await ensureWritable(file, force);
    await rename(temp, file);
  } catch (error) {
    // The temporary file may not exist, or its directory may be unreachable: that is fine.
    await rm(temp, { force: true }).catch(() => {});
    if (error instanceof UserError) throw error;
    // Errors of the system carry a code we can explain; others (a writer's own) keep their text.
    const reason = errorCode(error)
      ? reasonOf(error)
      : error instanceof Error
        ? error.message
        : String(error);
    throw new UserError(CLI.cannotWrite(file, reason), 2);
  }
}
