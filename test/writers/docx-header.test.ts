/**
 * The header block breaks names between words that allow it (issue 8, Nghị định 30/2020):
 * between a body's kind and its proper name, never inside the name ("ỦY BAN NHÂN DÂN XÃ HÒA
 * / AN" was seen in the kindergarten's school-year report). Checked on the words, and on
 * the page LibreOffice lays out.
 */
import { execFileSync } from "node:child_process";
import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { analyse, buildDraft, keepNameTogether } from "../../src/core/index.js";
import { draftDocxBytes } from "../../src/writers/index.js";
import { schoolGrids } from "../fixtures/schools/index.js";
import { libreOffice } from "../support/external.js";

/** "_" where a line may not break. */
const shown = (text: string) => keepNameTogether(text).replace(/\u00a0/g, "_");

describe("a header name breaks only between its kind and its proper name", () => {
  it.each([
    ["a commune's people's committee", "ỦY BAN NHÂN DÂN XÃ HÒA AN", "ỦY_BAN_NHÂN_DÂN XÃ_HÒA_AN"],
    ["a kindergarten", "TRƯỜNG MẦM NON HOÀ AN", "TRƯỜNG MẦM_NON HOÀ_AN"],
    [
      "a district's education office",
      "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO HUYỆN ĐÔNG LÂM",
      "PHÒNG_GIÁO_DỤC_VÀ_ĐÀO_TẠO HUYỆN_ĐÔNG_LÂM",
    ],
    ["a commune's Party committee", "ĐẢNG BỘ XÃ XUÂN HOÀ", "ĐẢNG_BỘ XÃ_XUÂN_HOÀ"],
    ["a ward, after the reform", "ĐẢNG BỘ PHƯỜNG HÒA BÌNH", "ĐẢNG_BỘ PHƯỜNG_HÒA_BÌNH"],
    [
      "a cell of a lower-secondary school",
      "CHI BỘ TRƯỜNG THCS XUÂN HÒA",
      "CHI_BỘ TRƯỜNG THCS XUÂN_HÒA",
    ],
    ["a congress", "ĐẠI HỘI CHI BỘ TRƯỜNG MẦM NON HÒA AN", "ĐẠI HỘI CHI_BỘ TRƯỜNG MẦM_NON HÒA_AN"],
    [
      "typed in lower case, NFD",
      "Trường Tiểu học Hoà Bình".normalize("NFD"),
      "Trường Tiểu_học Hoà_Bình".normalize("NFD"),
    ],
    ["no kind word: as typed", "NHIỆM KỲ 2027-2030", "NHIỆM KỲ 2027-2030"],
    [
      "a name too long for one line may break",
      "TRƯỜNG THCS NGUYỄN THỊ MINH KHAI VÀ LÊ QUÝ ĐÔN",
      "TRƯỜNG THCS NGUYỄN THỊ MINH KHAI VÀ LÊ QUÝ ĐÔN",
    ],
  ])("%s", (_case, typed, kept) => {
    expect(shown(typed)).toBe(kept);
  });
});

const lo = libreOffice();

describe("in LibreOffice's PDF of the school-year report (NĐ 30 header)", () => {
  it.skipIf(!lo.available)(
    `each name on its line, the state's name on one line ${lo.reason}`,
    async () => {
      const dir = await mkdtemp(join(tmpdir(), "tongket-header-"));
      const d = buildDraft(analyse(await schoolGrids("mam-non")), { kind: "nam-hoc" });
      const file = join(dir, "nam-hoc.docx");
      await writeFile(file, await draftDocxBytes(d, new Map()));
      execFileSync(
        "soffice",
        [
          `-env:UserInstallation=file://${dir}/profile`,
          "--headless",
          "--convert-to",
          "pdf",
          "--outdir",
          dir,
          file,
        ],
        { stdio: "ignore", timeout: 180_000 },
      );
      execFileSync("pdftotext", [
        "-layout",
        "-l",
        "1",
        join(dir, "nam-hoc.pdf"),
        join(dir, "p1.txt"),
      ]);
      const lines = (await readFile(join(dir, "p1.txt"), "utf8")).normalize("NFC").split("\n");
      const onOneLine = (name: string) => lines.some((l) => l.includes(name));
      expect(onOneLine("XÃ HÒA AN"), lines.join("\n")).toBe(true);
      expect(onOneLine("MẦM NON HOÀ AN"), lines.join("\n")).toBe(true);
      expect(onOneLine("CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM"), lines.join("\n")).toBe(true);
      // No word of a name left alone at the start of a line.
      expect(lines.some((l) => /^\s*(AN|HOÀ AN|HÒA AN)\s*$/.test(l))).toBe(false);
    },
  );
});
