// exceljs for the browser bundle: the package's own browser build lacks the streaming writer
// the archive uses, so the page is built from exceljs's sources — the in-memory Workbook (to
// read files and write templates) and stream.xlsx.WorkbookWriter (the archive), exactly as
// Node runs them. Node built-ins are supplied by the shims beside this file (build-web.mjs).
const Workbook = require("exceljs/lib/doc/workbook.js");
const Enums = require("exceljs/lib/doc/enums.js");
const WorkbookWriter = require("exceljs/lib/stream/xlsx/workbook-writer.js");

module.exports = { Workbook, ...Enums, stream: { xlsx: { WorkbookWriter } } };
