/**
 * The browser bundle's entry: the offline page and the add-on's dialog are one script; the
 * HTML around it says which shell it is (`<html data-shell="page|dialog">`).
 */
import { startDialog } from "./dialog.js";
import { startPage } from "./page.js";

if (document.documentElement.dataset.shell === "dialog") startDialog(document);
else startPage(document);
