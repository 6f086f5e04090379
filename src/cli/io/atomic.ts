/**
 * Writing files atomically: the bytes go to temporary files beside the targets, which are
 * renamed over them only when all are complete. A failure half-way, Ctrl-C or SIGTERM leaves
 * no partial file and no temporary file; an existing file is replaced only when the caller
 * says so, and never when it is one of the inputs.
 *
 * Why not write-file-atomic: it takes bytes only (the archive streams to a path), writes one
 * file at a time (a Markdown draft and its charts must land together), and its temporary
 * name adds ~10 bytes to the target's, so names near the 255-byte limit fail.
 */
import { randomBytes } from "node:crypto";
import { rmSync } from "node:fs";
import { copyFile, link, mkdir, rename, rm, stat } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import { UserError } from "../errors.js";
import { CLI, FILES } from "../messages.vi.js";

/** The system's error code of a failed file operation ("EACCES", …), or "". */
export function errorCode(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === "string" ? code : "";
}

/** Why a file operation failed, in Vietnamese (Node's own messages and codes are English). */
export function reasonOf(error: unknown): string {
  return FILES.reasons[errorCode(error)] ?? FILES.unknownReason;
}

/** Why a rename over the target failed: on Windows a file open in Excel or Word gives EPERM. */
export function renameReasonOf(error: unknown): string {
  const code = errorCode(error);
  return code === "EPERM" || code === "EBUSY" ? FILES.openElsewhere : reasonOf(error);
}

/** What is at `path`: nothing, a directory, or something else (a file). */
async function kindOf(path: string): Promise<"none" | "directory" | "file"> {
  try {
    return (await stat(path)).isDirectory() ? "directory" : "file";
  } catch {
    return "none";
  }
}

/** True when `a` and `b` name one file: the same path, a symbolic link or a hard link. */
export async function sameFile(a: string, b: string): Promise<boolean> {
  if (resolve(a) === resolve(b)) return true;
  try {
    const [x, y] = await Promise.all([stat(a), stat(b)]);
    return x.dev === y.dev && x.ino === y.ino && x.ino !== 0;
  } catch {
    return false;
  }
}

/** Refuses an output that is one of the inputs (by path, symbolic or hard link), even with --force. */
export async function ensureNotInput(file: string, inputs: readonly string[]): Promise<void> {
  for (const input of inputs) {
    if (await sameFile(file, input)) throw new UserError(FILES.outputIsInput(file, input), 2);
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
 * A short temporary name beside `file`: its length does not depend on the target's, so a
 * target name near the system's 255-byte limit still works.
 */
export function tempPathFor(file: string): string {
  return join(dirname(file), `.tk-${randomBytes(4).toString("hex")}.tmp`);
}

// Temporary files alive now, removed if the process is interrupted while writing.
const live = new Set<string>();
const SIGNAL_EXIT: Readonly<Record<string, number>> = { SIGINT: 130, SIGTERM: 143, SIGHUP: 129 };

function onSignal(signal: NodeJS.Signals): void {
  for (const temp of live) rmSync(temp, { force: true });
  live.clear();
  process.exit(SIGNAL_EXIT[signal] ?? 1);
}

function track(temp: string): void {
  if (live.size === 0) for (const s of Object.keys(SIGNAL_EXIT)) process.on(s, onSignal);
  live.add(temp);
}

function untrack(temp: string): void {
  live.delete(temp);
  if (live.size === 0) for (const s of Object.keys(SIGNAL_EXIT)) process.off(s, onSignal);
}

/** The temporary files alive now (tests). */
export function liveTemps(): readonly string[] {
  return [...live];
}

/** File operations the writer uses; tests inject failures (Windows' EPERM on rename). */
export interface FileOps {
  readonly rename: (from: string, to: string) => Promise<void>;
}

const realOps: FileOps = { rename };

export interface FileToWrite {
  readonly path: string;
  readonly write: (tempPath: string) => Promise<void>;
}

/** A failure of one target, in Vietnamese, exit 2. */
function failureOf(file: string, error: unknown, renaming: boolean): UserError {
  if (error instanceof UserError) return error;
  // Errors of the system carry a code we can explain; others (a writer's own) keep their text.
  const reason = errorCode(error)
    ? renaming
      ? renameReasonOf(error)
      : reasonOf(error)
    : error instanceof Error
      ? error.message
      : String(error);
  return new UserError(CLI.cannotWrite(file, reason), 2);
}

/** Keeps the current content of `file` under a temporary name, so a failed group can undo. */
async function backUp(file: string): Promise<string | undefined> {
  if ((await kindOf(file)) !== "file") return undefined;
  const backup = tempPathFor(file);
  track(backup);
  await link(file, backup).catch(() => copyFile(file, backup));
  return backup;
}

/**
 * Writes `files` as one: each to a temporary path, then all renamed into place. If anything
 * fails, the files renamed so far are put back as they were, the temporary files are removed,
 * and the error becomes a Vietnamese message naming the file (exit 2).
 */
export async function writeFilesAtomically(
  files: readonly FileToWrite[],
  force: boolean,
  ops: FileOps = realOps,
): Promise<void> {
  for (const f of files) await ensureWritable(f.path, force);
  const temps = files.map((f) => tempPathFor(f.path));
  let current = files[0]?.path ?? "";
  try {
    for (const [i, f] of files.entries()) {
      current = f.path;
      await mkdir(dirname(f.path), { recursive: true });
      track(temps[i]!);
      await f.write(temps[i]!);
    }
    for (const f of files) {
      current = f.path;
      await ensureWritable(f.path, force);
    }
  } catch (error) {
    await removeAll(temps);
    throw failureOf(current, error, false);
  }
  await commit(files, temps, ops);
}

async function removeAll(paths: readonly string[]): Promise<void> {
  for (const p of paths) {
    // The file may not exist, or its directory may be unreachable: that is fine.
    await rm(p, { force: true }).catch(() => {});
    untrack(p);
  }
}

/** Renames every temporary file over its target, undoing all of them if one fails. */
async function commit(
  files: readonly FileToWrite[],
  temps: readonly string[],
  ops: FileOps,
): Promise<void> {
  const done: { target: string; backup?: string }[] = [];
  const backups: string[] = [];
  try {
    for (const [i, f] of files.entries()) {
      // One file needs no backup: its rename is atomic, and a failed one changes nothing.
      const backup = files.length > 1 ? await backUp(f.path) : undefined;
      if (backup) backups.push(backup);
      try {
        await ops.rename(temps[i]!, f.path);
      } catch (error) {
        throw failureOf(f.path, error, true);
      }
      untrack(temps[i]!);
      done.push({ target: f.path, backup });
    }
  } catch (error) {
    for (const d of done.reverse()) {
      if (d.backup) await rename(d.backup, d.target).catch(() => {});
      else await rm(d.target, { force: true }).catch(() => {});
    }
    await removeAll(temps);
    throw failureOf(files[done.length]?.path ?? "", error, false);
  } finally {
    await removeAll(backups);
  }
}

/** One file written atomically (see writeFilesAtomically). */
export function writeAtomically(
  file: string,
  force: boolean,
  write: (tempPath: string) => Promise<void>,
  ops?: FileOps,
): Promise<void> {
  return writeFilesAtomically([{ path: file, write }], force, ops);
}
