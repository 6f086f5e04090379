/**
 * The file formats every shell shares: the draft as DOCX and Markdown, the archive and the
 * templates as XLSX, and the one conversion of an XLSX file into the core's grids. Nothing
 * here touches Node, Apps Script or the DOM (Biome forbids `node:*`): each produces or reads
 * bytes, and the shells (command line, offline page, add-on dialog) carry them to a file, a
 * download or Drive.
 */
export * from "./docx/draft.js";
export * from "./markdown/draft.js";
export * from "./messages.vi.js";
export * from "./xlsx/archive.js";
export * from "./xlsx/read.js";
export * from "./xlsx/template.js";
