/**
 * The one shape of every command: it reads what it needs through its context and returns a
 * plan (files to write, lines to print, an exit code). One runner (../io/perform.ts) carries
 * the plan out, so commands are tested without a file system.
 */
import type { Source } from "../io/source.js";

/** Shows a transient progress text (only on a terminal). */
export type ShowProgress = (text: string) => void;

/** What a file of the plan holds: its bytes, or a writer that fills a temporary path. */
export type FileContent =
  | Uint8Array
  | string
  | ((tempPath: string, progress?: ShowProgress) => Promise<void>);

export interface PlannedFile {
  readonly path: string;
  readonly content: FileContent;
}

export interface Plan {
  /** Written as one: every file renamed into place, or none of them. */
  readonly files: readonly PlannedFile[];
  /** Files that may be replaced (--force). */
  readonly force: boolean;
  /** Files the command read: never written, with or without --force. */
  readonly inputs: readonly string[];
  /** Results and problems, printed on stdout once the files are in place. */
  readonly out: readonly string[];
  readonly exitCode: number;
  /** Frees what the files' writers read (the roll-up's temporary store), written or not. */
  readonly release?: () => void;
}

/** The source arguments of a command that reads INPUT or --sheet. */
export interface InputArgs {
  readonly sheet?: string;
  readonly credentials?: string;
}

/** What a command may ask of the world. */
export interface CommandContext {
  /** Reads the workbook of INPUT or --sheet. */
  readInput(input: string | undefined, options: InputArgs): Promise<Source>;
  /**
   * Refuses unusable outputs before anything is read (the live sheet costs API calls): a
   * directory, an existing file without --force, or one of the inputs.
   */
  claimOutputs(paths: readonly string[], force: boolean, inputs: readonly string[]): Promise<void>;
  /**
   * The workbooks of a roll-up: files as named, and the .xlsx files inside directories
   * (never one of `exclude`, the roll-up's own outputs).
   */
  listWorkbooks(args: readonly string[], exclude: readonly string[]): Promise<string[]>;
  /** Transient progress while a command reads (a terminal only). */
  readonly progress?: ShowProgress;
  readonly now: () => Date;
  readonly version: string;
}

/** The files a command reads: the INPUT file and the key file, when given. */
export function inputsOf(input: string | undefined, options: InputArgs): string[] {
  return [input, options.credentials].filter((f): f is string => !!f);
}

/** A plan that writes nothing. */
export function printPlan(out: readonly string[], exitCode: number): Plan {
  return { files: [], force: false, inputs: [], out, exitCode };
}
