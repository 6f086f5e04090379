/**
 * Independent readers used to check outputs: LibreOffice, and Debian's python3-openpyxl and
 * python3-docx. On a developer machine without them, tests that need them skip and say why;
 * in CI (CI=true) a missing tool is a failure, never a skip.
 */
import { execFileSync } from "node:child_process";

/** Debian's Python: its packages (openpyxl, docx) belong to it, not to a python3 on PATH. */
export const DEBIAN_PYTHON = "/usr/bin/python3";

function works(cmd: string, args: string[]): boolean {
  try {
    execFileSync(cmd, args, { stdio: "ignore", timeout: 60_000 });
    return true;
  } catch {
    return false;
  }
}

export interface Tool {
  readonly available: boolean;
  /** Why tests skip, shown in the test name. */
  readonly reason: string;
}

function tool(available: boolean, what: string, install: string): Tool {
  if (!available && process.env.CI) {
    throw new Error(`${what} is required in CI but missing: .ci/run must install ${install}`);
  }
  return {
    available,
    reason: available ? "" : `skipped: ${what} not installed (apt-get install ${install})`,
  };
}

let cache: Record<string, Tool> = {};

export function libreOffice(): Tool {
  cache.soffice ??= tool(
    works("soffice", ["--version"]),
    "LibreOffice (soffice)",
    "libreoffice-calc-nogui libreoffice-writer-nogui",
  );
  return cache.soffice;
}

export function openpyxl(): Tool {
  cache.openpyxl ??= tool(
    works(DEBIAN_PYTHON, ["-c", "import openpyxl"]),
    "python3-openpyxl",
    "python3-openpyxl",
  );
  return cache.openpyxl;
}

export function pythonDocx(): Tool {
  cache.docx ??= tool(works(DEBIAN_PYTHON, ["-c", "import docx"]), "python3-docx", "python3-docx");
  return cache.docx;
}

/** Debian's Chromium, driven by playwright-core (which never downloads a browser of its own). */
export const CHROMIUM = "/usr/bin/chromium";

export function chromium(): Tool {
  cache.chromium ??= tool(
    works(CHROMIUM, ["--version"]),
    "Chromium (/usr/bin/chromium)",
    "chromium",
  );
  return cache.chromium;
}

/** For tests of this module itself. */
export function resetToolCache(): void {
  cache = {};
}

/** poppler's pdftoppm, which draws a PDF's pages as pixels. */
export function pdftoppm(): Tool {
  cache.pdftoppm ??= tool(works("pdftoppm", ["-v"]), "pdftoppm", "poppler-utils");
  return cache.pdftoppm;
}
