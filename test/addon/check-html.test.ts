/** The sidebar's HTML escapes every user text, in content and in attributes. */
import { describe, expect, it } from "vitest";
import { escapeHtml, problemsHtml } from "../../src/addon/check-html.js";

describe("problemsHtml", () => {
  it("escapes the five characters that matter in HTML", () => {
    expect(escapeHtml(`<a href='x' title="y">&</a>`)).toBe(
      "&lt;a href=&#39;x&#39; title=&quot;y&quot;&gt;&amp;&lt;/a&gt;",
    );
  });

  it("keeps a tab name with quotes inside its attribute", () => {
    const html = problemsHtml([
      {
        tab: `Trang "x" <b>`,
        cell: "B2",
        severity: "error",
        code: "not-a-number",
        message: "</script><script>alert(1)</script>",
      },
    ]);
    expect(html).toContain('data-tab="Trang &quot;x&quot; &lt;b&gt;"');
    expect(html).not.toContain("<script>alert(1)");
    expect(html.match(/<script>/g)).toHaveLength(1);
    expect(html).toContain("1 lỗi, 0 cảnh báo, 0 lưu ý");
  });

  it("says so when there is nothing to fix", () => {
    expect(problemsHtml([])).toContain("Không có vấn đề nào");
  });
});
