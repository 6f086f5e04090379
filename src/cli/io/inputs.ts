/**
 * The workbooks a roll-up reads: files as named, and every .xlsx directly inside a directory
 * (sorted by name; Excel's "~$" lock files, tongket's temporary files and hidden files left
 * out). The roll-up's own outputs are never listed as inputs of a directory.
 */
import { readdir, stat } from "node:fs/promises";
import { join, resolve } from "node:path";
import { UserError } from "../errors.js";
import { FILES } from "../messages.vi.js";

function isWorkbookName(name: string): boolean {
  return /\.xlsx$/i.test(name) && !name.startsWith("~$") && !name.startsWith(".");
}

export async function listWorkbooks(
  args: readonly string[],
  exclude: readonly string[],
): Promise<string[]> {
  const excluded = new Set(exclude.map((p) => resolve(p)));
  const seen = new Set<string>();
  const out: string[] = [];
  const add = (file: string) => {
    const full = resolve(file);
    if (seen.has(full)) return;
    seen.add(full);
    out.push(file);
  };
  for (const arg of args) {
    const info = await stat(arg).catch(() => undefined);
    if (!info?.isDirectory()) {
      // A missing or unreadable file is the reader's to report, with the others read on.
      add(arg);
      continue;
    }
    const entries = await readdir(arg).catch(() => {
      throw new UserError(FILES.notReadable(arg), 2);
    });
    const names = entries.filter(isWorkbookName).sort((a, b) => a.localeCompare(b, "vi"));
    for (const name of names) {
      const file = join(arg, name);
      if (!excluded.has(resolve(file))) add(file);
    }
  }
  return out;
}
