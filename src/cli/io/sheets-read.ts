/**
 * Reads the live Google Sheet with Google's own Sheets client (`@googleapis/sheets`, signed in
 * by `google-auth-library`), as a service account
 * with the read-only scope. Whatever the number of tabs it makes exactly two API calls: one
 * `spreadsheets.get` for the tab titles and one `spreadsheets.values.batchGet` for every
 * tab's values (unformatted, dates as serial numbers — the shape `Range.getValues()` and the
 * XLSX reader give the core).
 *
 * Every failure a user can meet becomes a Vietnamese message saying what to do; the key's
 * contents never appear in any message (only the service account's e-mail, which the user
 * needs in order to share the sheet).
 */
import { createPrivateKey } from "node:crypto";
import { readFile } from "node:fs/promises";
import type { sheets_v4 } from "@googleapis/sheets";
import type { CellValue, NamedGrid } from "../../core/index.js";
import { serialToDate } from "../../writers/xlsx/reader/sheet.js";
import { UserError } from "../errors.js";
import { SHEETS } from "../messages.vi.js";

export const READONLY_SCOPE = "https://www.googleapis.com/auth/spreadsheets.readonly";
const DEFAULT_TOKEN_URI = "https://oauth2.googleapis.com/token";

export interface SheetReadOptions {
  /** Service-account key file; defaults to GOOGLE_APPLICATION_CREDENTIALS. */
  readonly credentials?: string;
  /** API root, e.g. a local test server; defaults to the client's own (sheets.googleapis.com). */
  readonly rootUrl?: string;
  /** Attempts for a request answered 429 or 5xx (first try included). */
  readonly maxAttempts?: number;
  /** First back-off delay; doubled after every retry (Retry-After wins when Google sends it). */
  readonly retryBaseMs?: number;
  /** Longest wait between two attempts (60 s unless a test shortens it). */
  readonly maxRetryDelayMs?: number;
  /** Environment to read GOOGLE_APPLICATION_CREDENTIALS from. */
  readonly env?: NodeJS.ProcessEnv;
}

export interface SheetRead {
  readonly id: string;
  /** The spreadsheet's title, when Google gives it. */
  readonly title: string;
  readonly grids: NamedGrid[];
}

/** The spreadsheet ID of an ID or of any docs.google.com/spreadsheets/d/ID/... URL. */
export function spreadsheetId(idOrUrl: string): string {
  const text = idOrUrl.trim();
  const fromUrl = /\/spreadsheets\/d\/([A-Za-z0-9_-]{10,})/.exec(text);
  if (fromUrl) return fromUrl[1]!;
  if (/^[A-Za-z0-9_-]{10,}$/.test(text)) return text;
  throw new UserError(SHEETS.badId(text), 2);
}

interface ServiceAccountKey {
  readonly client_email: string;
  readonly private_key: string;
  readonly private_key_id?: string;
  readonly token_uri?: string;
}

/** Reads and checks a key file. Messages name the file and the defect, never its contents. */
export async function readKey(file: string): Promise<ServiceAccountKey> {
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch {
    throw new UserError(SHEETS.keyNotFound(file), 2);
  }
  const bad = (why: string) => new UserError(SHEETS.keyMalformed(file, why), 2);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    // JSON.parse's own message quotes the text, which may be the key: never show it.
    throw bad(SHEETS.keyNotJson);
  }
  if (typeof json !== "object" || json === null) throw bad(SHEETS.keyNotJson);
  const key = json as Record<string, unknown>;
  if (key.type !== "service_account") throw bad(SHEETS.keyNotServiceAccount);
  for (const field of ["client_email", "private_key"]) {
    if (typeof key[field] !== "string" || key[field] === "")
      throw bad(SHEETS.keyMissingField(field));
  }
  try {
    createPrivateKey(key.private_key as string);
  } catch {
    throw bad(SHEETS.keyBadPrivateKey);
  }
  return {
    client_email: key.client_email as string,
    private_key: key.private_key as string,
    private_key_id: typeof key.private_key_id === "string" ? key.private_key_id : undefined,
    token_uri: typeof key.token_uri === "string" ? key.token_uri : undefined,
  };
}

interface HttpFailure {
  status?: number;
  code?: string;
  body: string;
  url: string;
}

function failure(error: unknown): HttpFailure {
  const e = error as {
    status?: number;
    code?: unknown;
    cause?: { code?: unknown };
    response?: { status?: number; data?: unknown };
    config?: { url?: unknown };
  };
  const status = e.response?.status ?? (typeof e.status === "number" ? e.status : undefined);
  const code = [e.code, e.cause?.code].find((c) => typeof c === "string" && !/^\d+$/.test(c));
  let body = "";
  try {
    body = JSON.stringify(e.response?.data ?? "");
  } catch {
    body = "";
  }
  return { status, code: code as string | undefined, body, url: String(e.config?.url ?? "") };
}

/** Attempts made for a failed request, first try included (gaxios counts the retries). */
function attemptsOf(error: unknown): number {
  const retries = (error as { config?: { retryConfig?: { currentRetryAttempt?: number } } }).config
    ?.retryConfig?.currentRetryAttempt;
  return (retries ?? 0) + 1;
}

/** Seconds of a Retry-After header, in milliseconds, when Google sends one. */
function retryAfterMs(error: unknown): number | undefined {
  const headers = (error as { response?: { headers?: { get?: (n: string) => string | null } } })
    .response?.headers;
  const seconds = Number(headers?.get?.("retry-after") ?? Number.NaN);
  return Number.isFinite(seconds) && seconds > 0 ? seconds * 1000 : undefined;
}

/**
 * The client's own retry configuration (gaxios `retryConfig`): a quota answer (429) or a
 * server error is retried with doubling delays, a Retry-After from Google wins, every wait is
 * capped; nothing else is retried, and a request that hangs fails instead of waiting for ever.
 */
function requestOptions(options: SheetReadOptions) {
  const maxDelay = options.maxRetryDelayMs ?? 60_000;
  return {
    timeout: 60_000,
    retryConfig: {
      retry: (options.maxAttempts ?? 5) - 1,
      retryDelay: options.retryBaseMs ?? 1000,
      retryDelayMultiplier: 2,
      maxRetryDelay: maxDelay,
      noResponseRetries: 0,
      httpMethodsToRetry: ["GET"],
      statusCodesToRetry: [
        [429, 429],
        [500, 599],
      ],
      retryBackoff: (error: unknown, delay: number) =>
        new Promise<void>((resolve) =>
          setTimeout(resolve, Math.min(retryAfterMs(error) ?? delay, maxDelay)),
        ),
    },
  };
}

type SheetsClient = ReturnType<typeof import("@googleapis/sheets").sheets>;

/** A Sheets v4 client signed in as the key's service account, read-only. */
async function clientFor(
  key: ServiceAccountKey,
  tokenUri: string,
  rootUrl?: string,
): Promise<SheetsClient> {
  // Loaded only here: `check` and `export FILE` never pay for the Google client.
  const [{ sheets }, { JWT }] = await Promise.all([
    import("@googleapis/sheets"),
    import("google-auth-library"),
  ]);
  const auth = new JWT({
    email: key.client_email,
    key: key.private_key,
    keyId: key.private_key_id,
    scopes: [READONLY_SCOPE],
  });
  if (tokenUri !== DEFAULT_TOKEN_URI) {
    // The token client (gtoken) always posts to Google's default endpoint; honour the key
    // file's token_uri (private deployments, and the tests' local server) by rewriting it.
    auth.transporter.interceptors.request.add({
      resolved: async (config) => {
        if (String(config.url) === DEFAULT_TOKEN_URI) config.url = new URL(tokenUri);
        return config;
      },
    });
  }
  return sheets({ version: "v4", auth, ...(rootUrl ? { rootUrl } : {}) });
}

/**
 * What the metadata call asks for: the titles, and each cell's number-format type. The values
 * call gives a date cell as its serial number, the same as a figure; the format type tells them
 * apart, so that a date reaches the core as a Date, as `Range.getValues()` and the XLSX reader
 * give it ("4-5" that Sheets turned into 4 May is then a warning, never the figure 45781).
 */
const META_FIELDS =
  "properties.title,sheets(properties(title,sheetType),data(startRow,startColumn,rowData(values(effectiveFormat(numberFormat(type))))))";

/** Number-format types whose serial numbers are days (Sheets API `NumberFormatType`). */
const DATE_TYPES = new Set(["DATE", "TIME", "DATE_TIME"]);

interface TabMeta {
  readonly title: string;
  /** Cells ("row,column", 0-based) whose number format is a date or a time. */
  readonly dates: ReadonlySet<string>;
}

function dateCellsOf(sheet: sheets_v4.Schema$Sheet): Set<string> {
  const dates = new Set<string>();
  for (const block of sheet.data ?? []) {
    const top = block.startRow ?? 0;
    const left = block.startColumn ?? 0;
    (block.rowData ?? []).forEach((row, r) => {
      (row.values ?? []).forEach((cell, c) => {
        const type = cell.effectiveFormat?.numberFormat?.type;
        if (type && DATE_TYPES.has(type)) dates.add(`${top + r},${left + c}`);
      });
    });
  }
  return dates;
}

/** The spreadsheet's title and its grid tabs (chart sheets have no values), with date cells. */
async function tabTitles(
  client: SheetsClient,
  id: string,
  request: ReturnType<typeof requestOptions>,
): Promise<{ title: string; tabs: TabMeta[] }> {
  const meta = await client.spreadsheets.get({ spreadsheetId: id, fields: META_FIELDS }, request);
  const tabs = (meta.data.sheets ?? [])
    .filter((s) => (s.properties?.sheetType ?? "GRID") === "GRID")
    .map((s) => ({ title: s.properties?.title ?? "", dates: dateCellsOf(s) }))
    .filter((t) => t.title !== "");
  return { title: meta.data.properties?.title ?? "", tabs };
}

/** A row as the core reads it: serial numbers in date cells as Dates. */
function withDates(row: CellValue[], r: number, dates: ReadonlySet<string>): CellValue[] {
  if (dates.size === 0) return row;
  return row.map((v, c) =>
    typeof v === "number" && dates.has(`${r},${c}`) ? serialToDate(v, false) : v,
  );
}

/** Every tab's values in one batchGet: unformatted, dates as serial numbers (made Dates here). */
async function tabValues(
  client: SheetsClient,
  id: string,
  tabs: readonly TabMeta[],
  request: ReturnType<typeof requestOptions>,
): Promise<NamedGrid[]> {
  if (tabs.length === 0) return [];
  const values = await client.spreadsheets.values.batchGet(
    {
      spreadsheetId: id,
      ranges: tabs.map((t) => `'${t.title.replace(/'/g, "''")}'`),
      valueRenderOption: "UNFORMATTED_VALUE",
      dateTimeRenderOption: "SERIAL_NUMBER",
      majorDimension: "ROWS",
    },
    request,
  );
  const ranges = values.data.valueRanges ?? [];
  return tabs.map((t, i) => ({
    name: t.title,
    values: ((ranges[i]?.values ?? []) as CellValue[][]).map((row, r) =>
      withDates(row ?? [], r, t.dates),
    ),
  }));
}

/** Reads every tab of the spreadsheet `idOrUrl` into named grids. */
export async function readSheet(
  idOrUrl: string,
  options: SheetReadOptions = {},
): Promise<SheetRead> {
  const id = spreadsheetId(idOrUrl);
  const keyFile =
    options.credentials ?? (options.env ?? process.env).GOOGLE_APPLICATION_CREDENTIALS;
  if (!keyFile) throw new UserError(SHEETS.noCredentials, 2);
  const key = await readKey(keyFile);
  const tokenUri = key.token_uri ?? DEFAULT_TOKEN_URI;
  const request = requestOptions(options);
  try {
    const client = await clientFor(key, tokenUri, options.rootUrl);
    const { title, tabs } = await tabTitles(client, id, request);
    return { id, title, grids: await tabValues(client, id, tabs, request) };
  } catch (error) {
    if (error instanceof UserError) throw error;
    throw explain(failure(error), attemptsOf(error), id, key, tokenUri);
  }
}

/** Why a request got no answer, in Vietnamese: never the system's code itself. */
export function networkReason(code: string | undefined): string {
  return (code && SHEETS.networkReasons[code]) || SHEETS.networkUnknown;
}

/** The Vietnamese message for a failed request. */
function explain(
  f: HttpFailure,
  attempts: number,
  id: string,
  key: ServiceAccountKey,
  tokenUri: string,
): UserError {
  const email = key.client_email;
  // The system's code (ECONNREFUSED, …) is English: say what it means instead.
  if (f.status === undefined) return new UserError(SHEETS.network(networkReason(f.code)), 2);
  if (f.url.startsWith(tokenUri) && f.status < 500 && f.status !== 429) {
    return new UserError(SHEETS.keyRejected(email), 2);
  }
  if (f.status === 429) return new UserError(SHEETS.quota(attempts), 2);
  if (f.status === 403) {
    if (/SERVICE_DISABLED|accessNotConfigured|has not been used/.test(f.body)) {
      return new UserError(SHEETS.apiDisabled(email), 2);
    }
    return new UserError(SHEETS.notShared(email), 2);
  }
  if (f.status === 401) return new UserError(SHEETS.keyRejected(email), 2);
  if (f.status === 404) return new UserError(SHEETS.notFound(id), 2);
  return new UserError(SHEETS.server(f.status), 2);
}
