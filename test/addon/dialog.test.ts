/**
 * The dialog actions on the built add-on: each reads every tab once, writes nothing and opens
 * one modal dialog whose HTML carries the grids (dates as dates, no cell able to end the
 * script); saveToDrive turns the dialog's bytes into a Google Doc or an XLSX in Drive.
 */
import { describe, expect, it } from "vitest";
import { DATA_PLACEHOLDER, encodeCell } from "../../src/addon/dialog.js";
import { ADDON } from "../../src/addon/messages.vi.js";
import { SAMPLE, TAB_NAMES, templateGrids } from "../../src/core/index.js";
import { decodePayload } from "../../src/web/dialog-data.js";
import { FakeSpreadsheet } from "./fakes/spreadsheet.js";
import { type Loaded, load } from "./harness.js";

/** The JSON the server put in the dialog's HTML. */
function payloadOf(world: Loaded, k = 0) {
  const html = world.ui._dialogs[k]!.html.getContent();
  const m = html.match(/<script type="application\/json" id="tongket-data">([^<]*)<\/script>/);
  expect(m, "the data script").not.toBeNull();
  return { html, data: decodePayload(m![1]!) };
}

function sampleWith(extra: { name: string; values: unknown[][] }[] = []) {
  return FakeSpreadsheet.fromGrids([...templateGrids(SAMPLE), ...extra]);
}

describe("the dialog actions", () => {
  it.each([
    ["makeDraft", "draft", ADDON.menuDraft],
    ["exportArchive", "archive", ADDON.menuArchive],
    ["makeGoogleDoc", "doc", ADDON.menuGoogleDoc],
  ])("%s opens one modal dialog with every tab's grid", async (fn, action, title) => {
    const world = await load(sampleWith());
    world.ss._calls.reset();
    world.call(fn);
    expect(world.ui._alerts).toEqual([]);
    expect(world.ui._dialogs).toHaveLength(1);
    expect(world.ui._dialogs[0]!.title).toBe(title);
    expect(world.ui._dialogs[0]!.html._width).toBeGreaterThan(500);
    const { data } = payloadOf(world);
    expect(data?.action).toBe(action);
    expect(data?.spreadsheet).toEqual({ name: world.ss._name, id: world.ss._id });
    expect(data?.grids.map((g) => g.name)).toEqual(world.ss._sheets.map((s) => s._name));
    for (const g of data!.grids) {
      expect(g.values, g.name).toEqual(world.ss._sheet(g.name)!._grid());
    }
    expect(world.ss._calls.get("Range.getValues")).toBe(world.ss._sheets.length);
    expect(world.ss._calls.writes()).toBe(0);
    expect(world.ss._calls.get("Lock.tryLock")).toBe(0);
  });

  it("hands dates over as the sheet shows them, whatever the browser's time zone", () => {
    // 3 October 2022 in the script's zone (Asia/Ho_Chi_Minh is UTC+7, so 2 October 17:00 UTC).
    const local = new Date(2022, 9, 3);
    const back = decodePayload(
      JSON.stringify({ action: "draft", grids: [{ name: "x", values: [[encodeCell(local)]] }] }),
    )!.grids[0]!.values[0]![0] as Date;
    expect(back.toISOString()).toBe("2022-10-03T00:00:00.000Z");
    const invalid = decodePayload(
      JSON.stringify({
        action: "draft",
        grids: [{ name: "x", values: [[encodeCell(new Date(Number.NaN))]] }],
      }),
    )!.grids[0]!.values[0]![0] as Date;
    expect(Number.isNaN(invalid.getTime())).toBe(true);
  });

  it("keeps a cell that looks like HTML inert, and leaves out the summary tab", async () => {
    const nasty = `</script><script>alert(1)</script> "$&" $' <!--`;
    const world = await load(
      sampleWith([
        { name: "Ghi chép", values: [["Việc", nasty]] },
        { name: TAB_NAMES.summary, values: [["cũ"]] },
      ]),
    );
    world.call("makeDraft");
    const { html, data } = payloadOf(world);
    expect(html.match(/<\/script>/g)).toHaveLength(2);
    expect(html).not.toContain(DATA_PLACEHOLDER);
    expect(data!.grids.find((g) => g.name === "Ghi chép")!.values).toEqual([["Việc", nasty]]);
    expect(data!.grids.map((g) => g.name)).not.toContain(TAB_NAMES.summary);
    expect(world.ss._calls.get("Range.getValues")).toBe(world.ss._sheets.length - 1);
  });

  it("says plainly when the dialog file was not pushed", async () => {
    const world = await load(sampleWith());
    world.html._files.set("dialog", "<html>an old dialog</html>");
    world.call("makeDraft");
    expect(world.ui._dialogs).toEqual([]);
    expect(world.ui._alerts).toEqual([ADDON.failed(ADDON.dialogMissing)]);
  });
});

describe("saveToDrive", () => {
  const bytes = Buffer.from([0x50, 0x4b, 3, 4, 0xff, 0x80, 0, 7]);

  it("creates a Google Doc from the DOCX, named without the extension, and returns its link", async () => {
    const world = await load();
    const saved = world.call(
      "saveToDrive",
      bytes.toString("base64"),
      "Dự thảo báo cáo - Chi bộ X - 2026-12-02.docx",
      "doc",
    ) as { name: string; url: string };
    expect(world.drive._files).toHaveLength(1);
    const file = world.drive._files[0]!;
    expect(file.name).toBe("Dự thảo báo cáo - Chi bộ X - 2026-12-02");
    expect(file.mimeType).toBe("application/vnd.google-apps.document");
    expect(file.blob.getContentType()).toBe(
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    );
    expect(Buffer.from(file.blob._bytes)).toEqual(bytes);
    expect(file.fields).toBe("id,webViewLink");
    expect(saved).toEqual({
      name: file.name,
      url: "https://docs.google.com/document/d/fake-file-1/edit",
    });
  });

  it("saves an archive as an XLSX file, not converted", async () => {
    const world = await load();
    world.call("saveToDrive", bytes.toString("base64"), "Lưu trữ - X.xlsx", "xlsx");
    expect(world.drive._files[0]!.name).toBe("Lưu trữ - X.xlsx");
    expect(world.drive._files[0]!.mimeType).toBe(
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    );
  });

  it("refuses what the dialog does not send, and says what Drive answered", async () => {
    const world = await load();
    expect(() => world.call("saveToDrive", "", "a", "doc")).toThrow(ADDON.badUpload);
    expect(() => world.call("saveToDrive", "not base64!", "a", "doc")).toThrow(ADDON.badUpload);
    expect(() => world.call("saveToDrive", "AAAA", "a", "pdf")).toThrow(ADDON.badUpload);
    world.drive._fail = "User rate limit exceeded";
    // Drive's English is said in Vietnamese; the English goes to the log only.
    expect(() => world.call("saveToDrive", "AAAA", "a", "doc")).toThrow(
      ADDON.driveFailed(ADDON.errorQuota),
    );
    expect(world.drive._files).toEqual([]);
  });

  it("says so when the Drive service is not enabled", async () => {
    const world = await load();
    delete (world.context as { Drive?: unknown }).Drive;
    expect(() => world.call("saveToDrive", "AAAA", "a", "doc")).toThrow(ADDON.noDrive);
  });
});
