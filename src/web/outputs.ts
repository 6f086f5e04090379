/**
 * The files the browser builds, with the same core and writers as the command line: the
 * draft (DOCX, or Markdown with its charts in a zip), the archive and the templates. Only the
 * charts are drawn differently: the core's SVG through a canvas instead of resvg.
 */
import JSZip from "jszip";
import {
  type Analysis,
  ARCHIVE,
  archivePlan,
  buildDraft,
  type Draft,
  type DraftImage,
  type DraftOptions,
  type NamedGrid,
  SAMPLE,
} from "../core/index.js";
import {
  archiveBytes,
  chartFileName,
  type DraftPng,
  draftDocxBytes,
  draftMarkdown,
  NotXlsxError,
  templateBytes,
} from "../writers/index.js";
import { WEB } from "./messages.vi.js";

/** A file ready to be offered for download. */
export interface BuiltFile {
  readonly name: string;
  readonly type: string;
  readonly bytes: Uint8Array;
}

export const MIME = {
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  zip: "application/zip",
} as const;

/** Twice the SVG's size, as the command line renders it with resvg. */
const SCALE = 2;

/** One chart as PNG: the SVG drawn on a white canvas. */
export async function chartPng(image: DraftImage): Promise<DraftPng> {
  const width = Math.round(image.width * SCALE);
  const height = Math.round(image.height * SCALE);
  const picture = new Image();
  const loaded = new Promise<void>((resolve, reject) => {
    picture.onload = () => resolve();
    picture.onerror = () => reject(new BuildError(WEB.chartFailed));
  });
  picture.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(image.svg)}`;
  await loaded;
  const canvas = document.createElement("canvas");
  canvas.width = width;
  canvas.height = height;
  const context = canvas.getContext("2d");
  if (!context) throw new BuildError(WEB.chartFailed);
  context.fillStyle = "#ffffff";
  context.fillRect(0, 0, width, height);
  context.drawImage(picture, 0, 0, width, height);
  // toDataURL, not toBlob: Chromium encodes a toBlob PNG in idle time, which took a second
  // per chart while the page was busy (docs/PERFORMANCE.md); this encodes at once.
  const url = canvas.toDataURL("image/png");
  const comma = url.indexOf(",");
  if (!url.startsWith("data:image/png") || comma < 0) {
    throw new BuildError(WEB.chartFailed);
  }
  const binary = atob(url.slice(comma + 1));
  const png = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) png[i] = binary.charCodeAt(i);
  return { png, width, height };
}

export async function chartPngs(draft: Draft): Promise<Map<string, DraftPng>> {
  const out = new Map<string, DraftPng>();
  for (const image of draft.images) out.set(image.id, await chartPng(image));
  return out;
}

/** Characters Windows and macOS refuse in a file name. */
function fileSafe(text: string): string {
  return text
    .replace(/[\\/:*?"<>|]+/g, "-")
    .replace(/\p{Cc}+/gu, "")
    .replace(/\s+/g, " ")
    .trim();
}

/** "2026-12-02": the local date, sortable in a folder. */
export function isoDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** The unit as the workbook names it (the Party cell, else the school). */
export function unitOf(analysis: Analysis): string {
  const v = analysis.workbook.info.values;
  return (v.unitName ?? "").trim();
}

/** A file's base name: what it is (`what`: the report kind's word), the unit and the date. */
export function baseName(
  kind: "draft" | "archive",
  analysis: Analysis,
  now: Date,
  what?: string,
): string {
  const unit = unitOf(analysis) || WEB.noUnit;
  const date = isoDate(now);
  return fileSafe(kind === "draft" ? WEB.draftName(unit, date, what) : WEB.archiveName(unit, date));
}

/** Which draft: buildDraft's options and the kind's word for the file name. */
export interface DraftChoice {
  readonly options?: DraftOptions;
  readonly what?: string;
}

/**
 * Says what is being done. The shells' version resolves once the text is on screen, so the
 * builders await it before each long synchronous step (composing, writing the file).
 */
export type Progress = (text: string) => void | Promise<void>;

/** A failure already said in Vietnamese for the user (the browser's own errors are English). */
export class BuildError extends Error {
  override name = "BuildError";
}

/** What the user reads about a failure: our own words, never the browser's English. */
export function plainMessage(error: unknown): string {
  return error instanceof BuildError || error instanceof NotXlsxError
    ? error.message
    : WEB.unexpected;
}

export async function draftDocxFile(
  analysis: Analysis,
  now: Date,
  progress: Progress = () => {},
  choice: DraftChoice = {},
): Promise<BuiltFile> {
  await progress(WEB.building(WEB.whatDraft));
  const draft = buildDraft(analysis, choice.options);
  if (draft.images.length) await progress(WEB.drawingCharts);
  const images = await chartPngs(draft);
  await progress(WEB.writingDocx);
  return {
    name: `${baseName("draft", analysis, now, choice.what)}.docx`,
    type: MIME.docx,
    bytes: await draftDocxBytes(draft, images),
  };
}

/** The Markdown draft and its chart PNGs, named as the command line names them, in a zip. */
export async function draftMarkdownFile(
  analysis: Analysis,
  now: Date,
  progress: Progress = () => {},
  choice: DraftChoice = {},
): Promise<BuiltFile> {
  await progress(WEB.building(WEB.whatDraft));
  const draft = buildDraft(analysis, choice.options);
  const base = baseName("draft", analysis, now, choice.what);
  if (draft.images.length) await progress(WEB.drawingCharts);
  const images = await chartPngs(draft);
  await progress(WEB.writingZip);
  const zip = new JSZip();
  for (const [id, image] of images) zip.file(chartFileName(base, id), image.png);
  zip.file(
    `${base}.md`,
    draftMarkdown(draft, (id) => chartFileName(base, id)),
  );
  return {
    name: `${base}.zip`,
    type: MIME.zip,
    bytes: await zip.generateAsync({ type: "uint8array", compression: "DEFLATE" }),
  };
}

export interface ArchiveSource {
  /** Where the grids came from, as the notes tab says it ("File …", "Google Sheet …"). */
  readonly description: string;
  readonly version: string;
}

export async function archiveFile(
  grids: readonly NamedGrid[],
  analysis: Analysis,
  source: ArchiveSource,
  now: Date,
  progress: Progress = () => {},
): Promise<BuiltFile> {
  await progress(WEB.building(WEB.whatArchive));
  const plan = archivePlan(grids, analysis, {
    madeAt: now,
    source: source.description,
    version: source.version,
  });
  const bytes = await archiveBytes(plan, {
    created: now,
    progress: (done, total) => void progress(ARCHIVE.progress(done, total)),
  });
  return { name: `${baseName("archive", analysis, now)}.xlsx`, type: MIME.xlsx, bytes };
}

export async function templateFile(kind: "blank" | "sample"): Promise<BuiltFile> {
  return {
    name: kind === "blank" ? WEB.blankTemplateName : WEB.sampleTemplateName,
    type: MIME.xlsx,
    bytes: await templateBytes(kind === "blank" ? undefined : SAMPLE),
  };
}

/**
 * Offers a file for download from the user's click: a Blob URL on an `<a download>`, revoked
 * once the browser has taken it. HtmlService's sandbox lists allow-downloads, so the add-on's
 * dialog uses this too; whether a browser refused cannot be seen from the page.
 */
export function offerDownload(file: BuiltFile, doc: Document = document): void {
  let url: string;
  try {
    url = URL.createObjectURL(new Blob([file.bytes as BlobPart], { type: file.type }));
  } catch (error) {
    console.error(error);
    throw new BuildError(WEB.downloadBlocked);
  }
  const a = doc.createElement("a");
  a.href = url;
  a.download = file.name;
  a.rel = "noopener";
  a.style.display = "none";
  doc.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** Bytes as base64, in chunks (a spread of a whole file would overflow the call stack). */
export function toBase64(bytes: Uint8Array): string {
  let binary = "";
  const CHUNK = 0x8000;
  for (let i = 0; i < bytes.length; i += CHUNK) {
    binary += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
  }
  return btoa(binary);
}
