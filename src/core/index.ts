/**
 * The only door the shells (command line, add-on, browser) use into the core. The core is
 * layered base ← vocabulary ← i18n ← workbook ← judge ← outputs; this file sits above them all.
 */
export * from "./base/numbers.js";
export * from "./base/problems.js";
export * from "./base/text.js";
export * from "./i18n/draft-kinds.js";
export * from "./i18n/messages.js";
export * from "./i18n/rollup.js";
export * from "./i18n/template-guide.js";
export * from "./judge/analyse.js";
export * from "./judge/evaluate.js";
export * from "./outputs/archive.js";
export * from "./outputs/chart.js";
export * from "./outputs/computed.js";
export * from "./outputs/draft/align.js";
export * from "./outputs/draft/build.js";
export * from "./outputs/draft/custom.js";
export * from "./outputs/draft/header-lines.js";
export * from "./outputs/draft/kinds/all.js";
export * from "./outputs/draft/model.js";
export * from "./outputs/draft/outline.js";
export * from "./outputs/rollup/index.js";
export * from "./outputs/shortfall.js";
export * from "./outputs/summary.js";
export * from "./vocabulary/keys.js";
export * from "./vocabulary/vi.js";
export * from "./workbook/format.js";
export * from "./workbook/model.js";
export * from "./workbook/parse.js";
export * from "./workbook/read.js";
export * from "./workbook/sample/hoa-binh.js";
export * from "./workbook/schema.js";
export * from "./workbook/template.js";
