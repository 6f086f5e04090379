/**
 * The live-sheet reader against a local server on 127.0.0.1 that answers like the Sheets API
 * v4 and Google's token endpoint, with the real client (@googleapis/sheets, google-auth-library). No test reaches Google.
 */
import { createPublicKey, generateKeyPairSync, verify } from "node:crypto";
import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { UserError } from "../../src/cli/errors.js";
import { READONLY_SCOPE, readSheet, spreadsheetId } from "../../src/cli/io/sheets-read.js";
import { readSource } from "../../src/cli/io/source.js";
import { run } from "../../src/cli/main.js";
import { SHEETS } from "../../src/cli/messages.vi.js";
import { analyse } from "../../src/core/judge/analyse.js";
import { computedCells } from "../../src/core/outputs/computed.js";
import type { NamedGrid } from "../../src/core/workbook/model.js";
import { SAMPLE } from "../../src/core/workbook/sample/hoa-binh.js";
import { templateGrids } from "../../src/core/workbook/template.js";

const ID = "1AbCdEfGhIjKlMnOpQrStUvWxYz0123456789_-abcd";
const EMAIL = "tongket-doc@truong-hoa-binh.iam.gserviceaccount.com";
const KEY_ID = "k3y1d0000000000000000000000000000000secret";

interface Behaviour {
  /** Statuses to answer, in order, before answering normally. */
  get: number[];
  batchGet: number[];
  token: number[];
  getBody?: unknown;
  tabs: NamedGrid[];
  /** Number-format types of cells, per tab, by "row,column" (0-based): what Sheets keeps. */
  formats?: Record<string, Record<string, string>>;
}

let server: Server;
let base: string;
let behaviour: Behaviour;
let counts: { token: number; get: number; batchGet: number; other: number };
let lastBatchQuery: URLSearchParams | undefined;
let lastGetQuery: URLSearchParams | undefined;
let scopesSeen: string[];
let dir: string;
let keyFile: string;

const { privateKey, publicKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
const PRIVATE_PEM = privateKey.export({ type: "pkcs8", format: "pem" }).toString();

function sampleTabs(): NamedGrid[] {
  // As the API gives them: "" for blanks inside a row, numbers unformatted.
  return templateGrids(SAMPLE).map((g) => ({
    name: g.name,
    values: g.values.map((r) => r.map((v) => (v === null || v === undefined ? "" : v))),
  }));
}

function send(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(body));
}

function googleError(status: number, reason = "") {
  const statusText: Record<number, string> = {
    403: "PERMISSION_DENIED",
    404: "NOT_FOUND",
    429: "RESOURCE_EXHAUSTED",
    500: "INTERNAL",
  };
  return {
    error: {
      code: status,
      message: "error from the fake API",
      status: statusText[status] ?? "UNKNOWN",
      details: reason ? [{ "@type": "type.googleapis.com/google.rpc.ErrorInfo", reason }] : [],
    },
  };
}

async function body(req: IncomingMessage): Promise<string> {
  let text = "";
  for await (const chunk of req) text += chunk;
  return text;
}

function checkAssertion(assertion: string): boolean {
  const [h, p, s] = assertion.split(".");
  const ok = verify(
    "RSA-SHA256",
    Buffer.from(`${h}.${p}`),
    createPublicKey(publicKey.export({ type: "spki", format: "pem" })),
    Buffer.from(s!, "base64url"),
  );
  const claims = JSON.parse(Buffer.from(p!, "base64url").toString());
  scopesSeen.push(claims.scope);
  return ok && claims.iss === EMAIL;
}

async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
  const url = new URL(req.url ?? "/", base);
  if (url.pathname === "/token" && req.method === "POST") {
    counts.token++;
    const form = new URLSearchParams(await body(req));
    const forced = behaviour.token.shift();
    if (forced) return send(res, forced, { error: "invalid_grant", error_description: "nope" });
    if (!checkAssertion(form.get("assertion") ?? "")) return send(res, 400, { error: "bad" });
    return send(res, 200, { access_token: "local-token", expires_in: 3600, token_type: "Bearer" });
  }
  if (req.headers.authorization !== "Bearer local-token") return send(res, 401, googleError(401));
  const batch = url.pathname === `/v4/spreadsheets/${ID}/values:batchGet`;
  const get = url.pathname === `/v4/spreadsheets/${ID}`;
  if (batch) {
    counts.batchGet++;
    lastBatchQuery = url.searchParams;
    const forced = behaviour.batchGet.shift();
    if (forced) return send(res, forced, googleError(forced));
    const ranges = url.searchParams.getAll("ranges");
    return send(res, 200, {
      spreadsheetId: ID,
      valueRanges: ranges.map((r) => {
        const title = r.replace(/^'|'$/g, "").replace(/''/g, "'");
        const tab = behaviour.tabs.find((t) => t.name === title)!;
        return tab.values.length ? { range: r, values: tab.values } : { range: r };
      }),
    });
  }
  if (get) {
    counts.get++;
    lastGetQuery = url.searchParams;
    const forced = behaviour.get.shift();
    if (forced) return send(res, forced, behaviour.getBody ?? googleError(forced));
    return send(res, 200, {
      properties: { title: "Tổng kết Hoà Bình" },
      sheets: [
        ...behaviour.tabs.map((t) => ({
          properties: { title: t.name, sheetType: "GRID" },
          ...(url.searchParams.get("fields")?.includes("numberFormat(type)")
            ? { data: [gridFormats(t)] }
            : {}),
        })),
        { properties: { title: "Biểu đồ 1", sheetType: "OBJECT" } },
      ],
    });
  }
  counts.other++;
  return send(res, 404, googleError(404));
}

/** A tab's grid data as the API gives it for the field mask "…numberFormat(type)". */
function gridFormats(t: NamedGrid) {
  const types = behaviour.formats?.[t.name] ?? {};
  return {
    rowData: t.values.map((row, r) => ({
      values: row.map((_, c) => {
        const type = types[`${r},${c}`];
        return type ? { effectiveFormat: { numberFormat: { type } } } : {};
      }),
    })),
  };
}

async function writeKey(name: string, content: unknown): Promise<string> {
  const file = join(dir, name);
  await writeFile(file, typeof content === "string" ? content : JSON.stringify(content));
  return file;
}

function key(overrides: Record<string, unknown> = {}) {
  return {
    type: "service_account",
    project_id: "truong-hoa-binh",
    private_key_id: KEY_ID,
    private_key: PRIVATE_PEM,
    client_email: EMAIL,
    token_uri: `${base}/token`,
    ...overrides,
  };
}

function judgements(grids: NamedGrid[]) {
  return analyse(grids).evaluation.indicators.map(
    (v) => `${v.indicator.code} ${computedCells(v).judgement}`,
  );
}

/** Reads and returns the Vietnamese message of the UserError it throws. */
async function failure(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(UserError);
  const message = (error as UserError).message;
  // Credentials never appear in a message.
  expect(message).not.toContain("PRIVATE KEY");
  expect(message).not.toContain(KEY_ID);
  expect(message).not.toContain(PRIVATE_PEM.split("\n")[1]!);
  expect(message).not.toContain("local-token");
  return message;
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "tongket-sheets-"));
  server = createServer((req, res) => {
    handle(req, res).catch((e) => send(res, 500, { error: String(e) }));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  keyFile = await writeKey("key.json", key());
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
});

beforeEach(() => {
  behaviour = { get: [], batchGet: [], token: [], tabs: sampleTabs() };
  counts = { token: 0, get: 0, batchGet: 0, other: 0 };
  scopesSeen = [];
  lastBatchQuery = undefined;
  lastGetQuery = undefined;
});

const options = () => ({
  credentials: keyFile,
  rootUrl: base,
  retryBaseMs: 1,
  maxRetryDelayMs: 5,
  env: {},
});

describe("reading the live sheet", () => {
  it("reads every tab with one metadata call and one batchGet, read-only", async () => {
    const read = await readSheet(ID, options());
    expect(counts).toEqual({ token: 1, get: 1, batchGet: 1, other: 0 });
    expect(scopesSeen).toEqual([READONLY_SCOPE]);
    expect(lastGetQuery?.get("fields")).toBe(
      "properties.title,sheets(properties(title,sheetType),data(startRow,startColumn,rowData(values(effectiveFormat(numberFormat(type))))))",
    );
    expect(lastBatchQuery?.get("valueRenderOption")).toBe("UNFORMATTED_VALUE");
    expect(lastBatchQuery?.get("dateTimeRenderOption")).toBe("SERIAL_NUMBER");
    expect(lastBatchQuery?.getAll("ranges")).toHaveLength(behaviour.tabs.length);
    expect(read.title).toBe("Tổng kết Hoà Bình");
    expect(read.grids.map((g) => g.name)).toEqual(behaviour.tabs.map((t) => t.name));
    expect(judgements(read.grids)).toEqual(judgements(templateGrids(SAMPLE)));
  });

  it("gives a date cell as a Date (as getValues does), so '4-5' turned into a date is a warning", async () => {
    // "4-5" typed into a result cell: Sheets keeps 4 May as serial 45781 with a DATE format.
    const tabs = sampleTabs();
    const indicators = tabs.find((t) => t.name === "Chỉ tiêu")!;
    const header = indicators.values[0]!;
    const row = indicators.values.findIndex((r) => r[0] === "KT1");
    const column = header.indexOf("Kết quả 2020-2021");
    const info = tabs.find((t) => t.name === "Thông tin")!;
    const dateRow = info.values.findIndex((r) => r[0] === "Ngày báo cáo");
    indicators.values[row]![column] = 45781;
    // A plain number beside it stays a number; the report's date is a date cell too.
    indicators.values[row]![column + 1] = 84;
    info.values[dateRow]![1] = 44837;
    behaviour.tabs = tabs;
    behaviour.formats = {
      "Chỉ tiêu": { [`${row},${column}`]: "DATE", [`${row},${column + 1}`]: "NUMBER" },
      "Thông tin": { [`${dateRow},1`]: "DATE" },
    };
    const read = await readSheet(ID, options());
    expect(counts.get + counts.batchGet).toBe(2);
    const got = read.grids.find((g) => g.name === "Chỉ tiêu")!.values[row]!;
    expect(got[column]).toEqual(new Date(Date.UTC(2025, 4, 4)));
    expect(got[column + 1]).toBe(84);
    const analysis = analyse(read.grids);
    const cell = `${String.fromCharCode(65 + column)}${row + 1}`;
    expect(
      analysis.problems.filter((p) => p.code === "date-in-figure").map((p) => `${p.tab}!${p.cell}`),
    ).toEqual([`Chỉ tiêu!${cell}`]);
    expect(analysis.workbook.info.reportDate?.text).toBe("03/10/2022");
  });

  it("still makes two calls with forty tabs, odd names and empty tabs", async () => {
    const extra = Array.from({ length: 34 }, (_, i) => ({
      name: i === 0 ? "Sổ tay của cô Hà's" : `Trang ${i}`,
      values: i % 2 ? [] : [["Ghi chú"], [i]],
    }));
    behaviour.tabs = [...sampleTabs(), ...extra];
    const read = await readSheet(
      `https://docs.google.com/spreadsheets/d/${ID}/edit#gid=0`,
      options(),
    );
    expect(counts.get + counts.batchGet).toBe(2);
    expect(read.grids).toHaveLength(40);
    expect(read.grids.find((g) => g.name === "Sổ tay của cô Hà's")!.values).toEqual([
      ["Ghi chú"],
      [0],
    ]);
    expect(read.grids.find((g) => g.name === "Trang 1")!.values).toEqual([]);
  });

  it("accepts an ID or any sheet URL, and explains anything else", async () => {
    expect(spreadsheetId(ID)).toBe(ID);
    expect(spreadsheetId(`https://docs.google.com/spreadsheets/d/${ID}/edit?usp=sharing`)).toBe(ID);
    expect(await failure(readSheet("https://example.com/x", options()))).toContain(
      "không phải ID hay đường dẫn Google Sheet",
    );
  });

  it("tells the user to share the sheet with the service account (403)", async () => {
    behaviour.get = [403];
    const message = await failure(readSheet(ID, options()));
    expect(message).toContain(EMAIL);
    expect(message).toContain("Chia sẻ");
    expect(counts.get).toBe(1);
  });

  it("says when the Sheets API is not enabled for the project", async () => {
    behaviour.get = [403];
    behaviour.getBody = googleError(403, "SERVICE_DISABLED");
    expect(await failure(readSheet(ID, options()))).toContain("Google Sheets API chưa được bật");
  });

  it("says when the sheet does not exist (404)", async () => {
    behaviour.get = [404];
    expect(await failure(readSheet(ID, options()))).toContain(
      `Không tìm thấy Google Sheet có ID ${ID}`,
    );
  });

  it("retries a quota answer (429) with back-off, then succeeds", async () => {
    behaviour.get = [429];
    behaviour.batchGet = [429, 429];
    const read = await readSheet(ID, options());
    expect(read.grids.length).toBe(behaviour.tabs.length);
    expect(counts).toMatchObject({ get: 2, batchGet: 3 });
  });

  it("gives up after a bounded number of attempts and says so", async () => {
    behaviour.batchGet = Array(20).fill(429);
    const message = await failure(readSheet(ID, { ...options(), maxAttempts: 4 }));
    expect(message).toContain("hạn mức");
    expect(message).toContain("4 lần");
    expect(counts.batchGet).toBe(4);
  });

  it("explains a network failure", async () => {
    const closed = createServer();
    await new Promise<void>((r) => closed.listen(0, "127.0.0.1", r));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((r) => closed.close(r));
    const message = await failure(
      readSheet(ID, { ...options(), rootUrl: `http://127.0.0.1:${port}` }),
    );
    expect(message).toContain("Không kết nối được tới Google");
    expect(message).toContain(SHEETS.networkReasons.ECONNREFUSED!);
    // The system's English code never reaches the user.
    expect(message).not.toMatch(/\bE[A-Z_]{3,}\b/);
  });

  it("retries a server error (5xx) too, but never a refusal (4xx)", async () => {
    behaviour.get = [503];
    expect((await readSheet(ID, options())).grids.length).toBe(behaviour.tabs.length);
    expect(counts.get).toBe(2);
    behaviour.batchGet = [400];
    counts.batchGet = 0;
    await failure(readSheet(ID, options()));
    expect(counts.batchGet).toBe(1);
  });

  it("explains a key Google rejects", async () => {
    behaviour.token = [400, 400, 400, 400];
    const message = await failure(readSheet(ID, options()));
    expect(message).toContain("không chấp nhận khoá");
    expect(message).toContain(EMAIL);
  });
});

describe("service-account keys", () => {
  it.each([
    ["not JSON", `{"private_key": "${PRIVATE_PEM.split("\n")[1]}" oops`, "không phải JSON"],
    ["the bare PEM key instead of the JSON file", PRIVATE_PEM, "không phải JSON"],
    ["not a service account", { ...key(), type: "authorized_user" }, "service_account"],
    ["no e-mail", { ...key(), client_email: undefined }, '"client_email"'],
    ["no private key", { ...key(), private_key: "" }, '"private_key"'],
    [
      "a broken private key",
      { ...key(), private_key: "-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n" },
      "bị hỏng",
    ],
  ])("refuses a key file that is %s, without showing it", async (_what, content, expected) => {
    const file = await writeKey(`bad-${_what.replace(/\W/g, "")}.json`, content);
    const message = await failure(readSheet(ID, { ...options(), credentials: file }));
    expect(message).toContain(file);
    expect(message).toContain(expected);
    // Nothing of the key's contents (JSON.parse's own message would quote them).
    const text = typeof content === "string" ? content : JSON.stringify(content);
    expect(message).not.toContain(text.slice(0, 10));
    expect(message).not.toContain(PRIVATE_PEM.split("\n")[1]!.slice(0, 10));
    expect(message).not.toMatch(/BEGIN|PRIVATE KEY|oops/);
    expect(counts.token + counts.get).toBe(0);
  });

  it("explains a missing key file and missing credentials", async () => {
    expect(
      await failure(readSheet(ID, { ...options(), credentials: join(dir, "none.json") })),
    ).toContain("Không tìm thấy file khoá");
    expect(await failure(readSheet(ID, { rootUrl: base, env: {} }))).toContain(
      "GOOGLE_APPLICATION_CREDENTIALS",
    );
  });

  it("takes the key from GOOGLE_APPLICATION_CREDENTIALS", async () => {
    const read = await readSheet(ID, {
      rootUrl: base,
      env: { GOOGLE_APPLICATION_CREDENTIALS: keyFile },
    });
    expect(read.grids.length).toBe(behaviour.tabs.length);
  });
});

describe("readSource and tongket export --sheet", () => {
  it("describes where the grids came from", async () => {
    const s = await readSource({ sheet: ID, credentials: keyFile, sheets: { rootUrl: base } });
    expect(s.description).toBe(`Google Sheet "Tổng kết Hoà Bình" (ID ${ID})`);
  });

  it("exports the live sheet to an archive", async () => {
    const out: string[] = [];
    const err: string[] = [];
    const file = join(dir, "tu-sheet.xlsx");
    // The API gives dates as serial numbers: 44837 is 03/10/2022.
    const info = behaviour.tabs.find((t) => t.name === "Thông tin")!;
    const dateRow = info.values.findIndex((r) => r[0] === "Ngày báo cáo");
    info.values[dateRow]![1] = 44837;
    process.env.TONGKET_SHEETS_ROOT_URL = base;
    try {
      const code = await run(["export", "--sheet", ID, "--credentials", keyFile, "-o", file], {
        out: (l) => out.push(l),
        err: (l) => err.push(l),
      });
      expect(err).toEqual([]);
      expect(code).toBe(0);
    } finally {
      delete process.env.TONGKET_SHEETS_ROOT_URL;
    }
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    expect(JSON.stringify(wb.getWorksheet("Ghi chú xuất")!.getSheetValues())).toContain(ID);
    const date = wb.getWorksheet("Thông tin")!.getCell(dateRow + 1, 2);
    expect(date.value).toEqual(new Date(Date.UTC(2022, 9, 3)));
    expect(date.numFmt).toBe("dd/mm/yyyy");
    expect(counts).toMatchObject({ get: 1, batchGet: 1 });
  });

  it("checks the live sheet", async () => {
    const out: string[] = [];
    process.env.TONGKET_SHEETS_ROOT_URL = base;
    try {
      const code = await run(["check", "--sheet", ID, "--credentials", keyFile, "--json"], {
        out: (l) => out.push(l),
        err: () => {},
      });
      expect(code).toBe(0);
    } finally {
      delete process.env.TONGKET_SHEETS_ROOT_URL;
    }
    const json = JSON.parse(out.join("\n"));
    expect(json.file).toContain(ID);
    expect(json.indicators.find((i: { code: string }) => i.code === "HT1").judgement).toBe(
      "notMet",
    );
    expect(counts).toMatchObject({ get: 1, batchGet: 1 });
  });

  it("drafts the report from the live sheet", async () => {
    const out: string[] = [];
    const file = join(dir, "tu-sheet.md");
    process.env.TONGKET_SHEETS_ROOT_URL = base;
    try {
      const code = await run(["draft", "--sheet", ID, "--credentials", keyFile, "-o", file], {
        out: (l) => out.push(l),
        err: () => {},
      });
      expect(code).toBe(0);
    } finally {
      delete process.env.TONGKET_SHEETS_ROOT_URL;
    }
    // Results go to stdout, as check's and export's do.
    expect(out.join("\n")).toContain(file);
    const text = await readFile(file, "utf8");
    expect(text).toContain("Chi bộ Trường Tiểu học Hoà Bình");
    expect(text).toContain("99,3%");
    expect(counts).toMatchObject({ get: 1, batchGet: 1 });
  });

  it("prints the 403 message, not the credentials, and exits 2", async () => {
    behaviour.get = [403];
    const out: string[] = [];
    const err: string[] = [];
    process.env.TONGKET_SHEETS_ROOT_URL = base;
    try {
      const code = await run(
        ["export", "--sheet", ID, "--credentials", keyFile, "-o", join(dir, "x.xlsx")],
        { out: (l) => out.push(l), err: (l) => err.push(l) },
      );
      expect(code).toBe(2);
    } finally {
      delete process.env.TONGKET_SHEETS_ROOT_URL;
    }
    const printed = [...out, ...err].join("\n");
    expect(printed).toContain(EMAIL);
    expect(printed).not.toContain("PRIVATE KEY");
    expect(printed).not.toContain(KEY_ID);
  });
});
