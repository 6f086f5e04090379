/**
 * The two ends of the add-on's dialog in the browser: the data the server put in the HTML
 * (src/addon/dialog.ts writes it), and google.script.run as a promise.
 */
import type { NamedGrid } from "../core/index.js";

export type DialogAction = "draft" | "archive" | "doc";

export interface DialogData {
  readonly action: DialogAction;
  readonly spreadsheet: { readonly name: string; readonly id: string };
  readonly grids: NamedGrid[];
}

const ACTIONS: readonly string[] = ["draft", "archive", "doc"];

/** `{"$d": ms}` back to a Date (null: a date the sheet could not hold). */
function revive(_key: string, value: unknown): unknown {
  if (typeof value === "object" && value !== null && "$d" in value) {
    const ms = (value as { $d: unknown }).$d;
    return new Date(typeof ms === "number" ? ms : Number.NaN);
  }
  return value;
}

/** Parses the payload; undefined when it is missing or not what the server writes. */
export function decodePayload(json: string): DialogData | undefined {
  let data: unknown;
  try {
    data = JSON.parse(json, revive);
  } catch {
    return undefined;
  }
  const d = data as Partial<DialogData> | null;
  if (!d || !ACTIONS.includes(String(d.action)) || !Array.isArray(d.grids)) return undefined;
  const ok = d.grids.every((g) => typeof g?.name === "string" && Array.isArray(g.values));
  if (!ok) return undefined;
  return {
    action: d.action as DialogAction,
    spreadsheet: { name: String(d.spreadsheet?.name ?? ""), id: String(d.spreadsheet?.id ?? "") },
    grids: d.grids,
  };
}

/** The payload in `<script type="application/json" id="tongket-data">`. */
export function readPayload(doc: Document): DialogData | undefined {
  const text = doc.getElementById("tongket-data")?.textContent ?? "";
  return decodePayload(text);
}

interface ScriptRun {
  withSuccessHandler(f: (value: unknown) => void): ScriptRun;
  withFailureHandler(f: (error: unknown) => void): ScriptRun;
  [name: string]: unknown;
}

/** Calls a top-level function of the add-on (google.script.run) and waits for its answer. */
export function callServer<T>(name: string, ...args: unknown[]): Promise<T> {
  const google = (globalThis as { google?: { script?: { run?: ScriptRun } } }).google;
  const run = google?.script?.run;
  if (!run) return Promise.reject(new Error("google.script.run is not available"));
  return new Promise<T>((resolve, reject) => {
    const runner = run
      .withSuccessHandler((v) => resolve(v as T))
      .withFailureHandler((e) => reject(e instanceof Error ? e : new Error(String(e))));
    const f = runner[name];
    if (typeof f !== "function") {
      reject(new Error(`no server function ${name}`));
      return;
    }
    (f as (...a: unknown[]) => void).apply(runner, args);
  });
}
