/**
 * The problems list shown in the sidebar. Every piece of user text is escaped; the jump
 * buttons carry the tab and cell in data attributes and call the top-level `goToCell`.
 */

import type { Problem } from "../core/index.js";
import { countBySeverity, SEVERITY_LABELS } from "../core/index.js";
import { ADDON } from "./messages.vi.js";

/** Escapes text for HTML element content and quoted attribute values. */
export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;");
}

/** The name of the top-level function the buttons call back. */
export const JUMP_FUNCTION = "goToCell";

const STYLE = `body{font-family:Arial,sans-serif;font-size:13px;margin:8px}
li{margin:0 0 8px;list-style:none;padding:6px;border-left:4px solid #999;background:#f7f7f7}
li.error{border-color:#c5221f}li.warning{border-color:#e37400}li.info{border-color:#1a73e8}
.where{font-weight:bold}ul{padding:0}button{margin-top:4px}#failure{color:#c5221f}`;

export function problemsHtml(problems: readonly Problem[]): string {
  const counts = countBySeverity(problems);
  const count = (s: Problem["severity"]) => counts[s];
  const items = problems.map((p) => {
    const where = p.cell ? `${p.tab}!${p.cell}` : p.tab;
    return (
      `<li class="${p.severity}"><span class="where">${escapeHtml(SEVERITY_LABELS[p.severity])} · ${escapeHtml(where)}</span>` +
      `<div>${escapeHtml(p.message)}</div>` +
      `<button type="button" data-tab="${escapeHtml(p.tab)}" data-cell="${escapeHtml(p.cell)}">` +
      `${escapeHtml(p.cell ? ADDON.goTo : ADDON.goToTab)}</button></li>`
    );
  });
  const summary =
    problems.length === 0
      ? ADDON.checkNone
      : ADDON.checkSummary(count("error"), count("warning"), count("info"));
  // The script reads tab and cell from the data attributes, never from generated code.
  const script = `document.addEventListener('click',function(e){var b=e.target.closest('button[data-tab]');if(!b)return;
document.getElementById('failure').textContent='';
google.script.run.withFailureHandler(function(err){document.getElementById('failure').textContent=${JSON.stringify(ADDON.goToFailed)}+' '+(err&&err.message?err.message:String(err));})
.${JUMP_FUNCTION}(b.getAttribute('data-tab'),b.getAttribute('data-cell'));});`;
  return `<!DOCTYPE html><html><head><meta charset="utf-8"><style>${STYLE}</style></head><body>
<p>${escapeHtml(summary)}</p><p id="failure"></p><ul>${items.join("\n")}</ul>
<script>${script}</script></body></html>`;
}
