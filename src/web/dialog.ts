/**
 * The add-on's dialog (dist/addon/dialog.html): the sheet's grids arrive in the HTML; the
 * dialog shows the check's problems with jump-to-cell buttons, asks which report (draft and
 * Google Doc), then builds the DOCX or the XLSX here with the command line's modules and
 * offers it for download — or sends it to the add-on (google.script.run) to save in Drive.
 */
import {
  type Analysis,
  ARCHIVE,
  analyse,
  countBySeverity,
  type NamedGrid,
  type Problem,
} from "../core/index.js";
import { callServer, type DialogData, readPayload } from "./dialog-data.js";
import { type KindPicker, kindPicker } from "./kinds.js";
import { DIALOG, WEB } from "./messages.vi.js";
import {
  archiveFile,
  type BuiltFile,
  draftDocxFile,
  offerDownload,
  type Progress,
  plainMessage,
  toBase64,
} from "./outputs.js";
import { element, problemsHeading, problemsTable, showStatus } from "./render.js";

declare const TONGKET_VERSION: string;

type DialogButton = "draft-docx" | "google-doc" | "archive-xlsx" | "archive-drive";

const BUTTONS: Record<DialogData["action"], readonly DialogButton[]> = {
  draft: ["draft-docx", "google-doc"],
  doc: ["google-doc", "draft-docx"],
  archive: ["archive-xlsx", "archive-drive"],
};

const LABELS: Record<DialogButton, string> = {
  "draft-docx": DIALOG.downloadDocx,
  "google-doc": DIALOG.makeDoc,
  "archive-xlsx": DIALOG.downloadXlsx,
  "archive-drive": DIALOG.saveXlsx,
};

const TITLES: Record<DialogData["action"], string> = {
  draft: DIALOG.titleDraft,
  archive: DIALOG.titleArchive,
  doc: DIALOG.titleDoc,
};

function messageOf(error: unknown): string {
  return error instanceof Error && error.message ? error.message : WEB.unexpected;
}

/** What the dialog works on once the grids are read. */
interface State {
  readonly doc: Document;
  readonly data: DialogData;
  readonly grids: NamedGrid[];
  readonly analysis: Analysis;
  readonly picker: KindPicker | undefined;
  readonly status: HTMLElement;
  readonly failure: HTMLElement;
  readonly result: HTMLElement;
}

function problemsSection(s: State): HTMLElement {
  const section = element(s.doc, "section", undefined, "results");
  const problems = s.analysis.problems;
  section.appendChild(element(s.doc, "h2", problemsHeading(problems)));
  if (problems.length === 0) return section;
  const go = (p: Problem) => {
    s.failure.textContent = "";
    const where = p.cell ? `${p.tab}!${p.cell}` : p.tab;
    callServer<void>("goToCell", p.tab, p.cell).then(
      () => {
        s.status.textContent = DIALOG.goToDone(where);
      },
      (error) => {
        s.failure.textContent = `${DIALOG.goToFailed} ${messageOf(error)}`;
      },
    );
  };
  section.append(
    element(s.doc, "p", DIALOG.problemsFirst, "hint"),
    problemsTable(s.doc, problems, { label: (p) => (p.cell ? DIALOG.goTo : DIALOG.goToTab), go }),
  );
  return section;
}

/** After a download: the file again as a link to save by hand, and what else to do. */
function showFallback(s: State, file: BuiltFile, refused: string): void {
  const link = element(s.doc, "a", DIALOG.fallbackLink(file.name), "fallback");
  link.href = `data:${file.type};base64,${toBase64(file.bytes)}`;
  link.download = file.name;
  const line = element(s.doc, "p");
  line.appendChild(link);
  s.result.textContent = "";
  s.result.append(element(s.doc, "p", `${DIALOG.downloadStarted(file.name)} ${refused}`), line);
}

function showSaved(s: State, ready: string, saved: { name: string; url: string }): void {
  const link = element(s.doc, "a", saved.name, "saved");
  link.href = saved.url;
  link.target = "_blank";
  link.rel = "noopener";
  s.result.textContent = "";
  const line = element(s.doc, "p", `${ready} `);
  line.appendChild(link);
  s.result.appendChild(line);
}

async function draft(s: State, progress: Progress): Promise<BuiltFile> {
  return draftDocxFile(s.analysis, new Date(), progress, {
    ...(s.picker ? { options: s.picker.options(), what: s.picker.nameWord() } : {}),
  });
}

async function archive(s: State, progress: Progress): Promise<BuiltFile> {
  const { name, id } = s.data.spreadsheet;
  const source = { description: ARCHIVE.sourceSheet(name, id), version: TONGKET_VERSION };
  return archiveFile(s.grids, s.analysis, source, new Date(), progress);
}

async function save(s: State, file: BuiltFile, kind: "doc" | "xlsx"): Promise<void> {
  await showStatus(s.status, kind === "doc" ? DIALOG.savingDoc : DIALOG.savingXlsx);
  try {
    const saved = await callServer<{ name: string; url: string }>(
      "saveToDrive",
      toBase64(file.bytes),
      file.name,
      kind,
    );
    showSaved(s, kind === "doc" ? DIALOG.docReady : DIALOG.xlsxReady, saved);
    s.status.textContent = "";
  } catch (error) {
    const say = kind === "doc" ? DIALOG.docFailed : DIALOG.xlsxFailed;
    s.failure.textContent = say(messageOf(error));
    s.status.textContent = "";
  }
}

async function run(s: State, action: DialogButton): Promise<void> {
  const progress = (text: string) => showStatus(s.status, text);
  s.failure.textContent = "";
  s.result.textContent = "";
  try {
    if (action === "draft-docx" || action === "archive-xlsx") {
      const file = action === "draft-docx" ? await draft(s, progress) : await archive(s, progress);
      offerDownload(file, s.doc);
      progress(WEB.built(file.name));
      showFallback(
        s,
        file,
        action === "draft-docx" ? DIALOG.downloadRefused : DIALOG.archiveRefused,
      );
    } else if (action === "google-doc") {
      await save(s, await draft(s, progress), "doc");
    } else {
      await save(s, await archive(s, progress), "xlsx");
    }
  } catch (error) {
    // The browser's own errors are English: the user reads ours, the log keeps theirs.
    s.failure.textContent = WEB.failed(plainMessage(error));
    s.status.textContent = "";
    console.error(error);
  }
}

function buttonsRow(s: State): HTMLElement {
  const row = element(s.doc, "div", undefined, "buttons");
  let busy = false;
  const buttons = BUTTONS[s.data.action].map((action, k) => {
    const b = element(s.doc, "button", LABELS[action], k === 0 ? "primary" : "secondary");
    b.type = "button";
    b.dataset.action = action;
    return b;
  });
  row.append(...buttons);
  row.addEventListener("click", async (e) => {
    const b = (e.target as Element).closest("button[data-action]") as HTMLButtonElement | null;
    if (!b || busy) return;
    busy = true;
    for (const x of buttons) x.disabled = true;
    try {
      await run(s, b.dataset.action as DialogButton);
    } finally {
      busy = false;
      for (const x of buttons) x.disabled = false;
    }
  });
  return row;
}

export function startDialog(doc: Document): void {
  const data = readPayload(doc);
  doc.body.textContent = "";
  const main = element(doc, "main", undefined, "dialog");
  doc.body.appendChild(main);
  const status = element(doc, "p", "", "status");
  status.setAttribute("role", "status");
  const failure = element(doc, "p", "", "failure");
  failure.setAttribute("role", "alert");
  if (!data) {
    failure.textContent = DIALOG.noData;
    main.append(status, failure);
    return;
  }
  doc.title = TITLES[data.action];
  main.appendChild(element(doc, "h1", TITLES[data.action]));
  let analysis: Analysis;
  try {
    analysis = analyse(data.grids);
  } catch (error) {
    failure.textContent = DIALOG.readFailed(messageOf(error));
    main.append(status, failure);
    return;
  }
  const picker = data.action === "archive" ? undefined : kindPicker(doc, analysis);
  const result = element(doc, "div", undefined, "result");
  const s: State = { doc, data, grids: data.grids, analysis, picker, status, failure, result };
  if (picker) main.appendChild(picker.element);
  main.append(buttonsRow(s), status, failure, result, problemsSection(s));
  const count = countBySeverity(analysis.problems);
  status.textContent = DIALOG.ready(count.error, count.warning);
}
