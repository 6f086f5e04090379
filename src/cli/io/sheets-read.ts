/**
 * Reads the live Google Sheet with the official `googleapis` client, as a service account
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
import type { CellValue, NamedGrid } from "../../core/index.js";
import { UserError } from "../errors.js";
import { FILES, SHEETS } from "../messages.vi.js";

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
  retryAfterMs?: number;
  body: string;
  url: string;
}

function failure(error: unknown): HttpFailure {
  const e = error as {
    status?: number;
    code?: unknown;
    cause?: { code?: unknown };
    response?: { status?: number; data?: unknown; headers?: unknown };
    config?: { url?: unknown };
  };
  const status = e.response?.status ?? (typeof e.status === "number" ? e.status : undefined);
  const code = [e.code, e.cause?.code].find((c) => typeof c === "string" && !/^\d+$/.test(c));
  const headers = e.response?.headers as { get?: (n: string) => string | null } | undefined;
  const retryAfter = Number(headers?.get?.("retry-after"));
  let body = "";
  try {
    body = JSON.stringify(e.response?.data ?? "");
  } catch {
    body = "";
  }
  return {
    status,
    code: code as string | undefined,
    retryAfterMs: Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter * 1000 : undefined,
    body,
    url: String(e.config?.url ?? ""),
  };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Reads every tab of the spreadsheet `idOrUrl` into named grids. */
export async function readSheet(
  idOrUrl: string,
  options: SheetReadOptions = {},
): Promise<SheetRead> {
  const id = spreadsheetId(idOrUrl);
  const env = options.env ?? process.env;
  const keyFile = options.credentials ?? env.GOOGLE_APPLICATION_CREDENTIALS;
  if (!keyFile) throw new UserError(SHEETS.noCredentials, 2);
  const key = await readKey(keyFile);
  const tokenUri = key.token_uri ?? DEFAULT_TOKEN_URI;

  // Loaded only here, and only the Sheets API of googleapis (its index loads every Google
  // API: ~0.6 s and ~100 MB more): `check` and `export FILE` never pay for it.
  const api = await import("googleapis/build/src/apis/sheets/index.js");
  const auth = new api.auth.JWT({
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
  const sheets = api.sheets({
    version: "v4",
    auth,
    ...(options.rootUrl ? { rootUrl: options.rootUrl } : {}),
  });

  const maxAttempts = options.maxAttempts ?? 5;
  const base = options.retryBaseMs ?? 1000;
  const call = async <T>(request: () => Promise<T>): Promise<T> => {
    for (let attempt = 1; ; attempt++) {
      try {
        return await request();
      } catch (error) {
        const f = failure(error);
        const retryable = f.status === 429 || (f.status !== undefined && f.status >= 500);
        if (!retryable || attempt >= maxAttempts) throw explain(f, attempt, id, key, tokenUri);
        await sleep(Math.min(f.retryAfterMs ?? base * 2 ** (attempt - 1), 60_000));
      }
    }
  };
  // Our own bounded back-off replaces gaxios's (whose 100 ms steps are too short for quotas);
  // a request that hangs fails as a network error instead of waiting for ever.
  const noRetry = { retry: false, timeout: 60_000 } as const;

  const meta = await call(() =>
    sheets.spreadsheets.get(
      { spreadsheetId: id, fields: "properties.title,sheets.properties(title,sheetType)" },
      noRetry,
    ),
  );
  const titles = (meta.data.sheets ?? [])
    .filter((s) => (s.properties?.sheetType ?? "GRID") === "GRID")
    .map((s) => s.properties?.title ?? "")
    .filter((t) => t !== "");
  let grids: NamedGrid[] = [];
  if (titles.length > 0) {
    const values = await call(() =>
      sheets.spreadsheets.values.batchGet(
        {
          spreadsheetId: id,
          ranges: titles.map((t) => `'${t.replace(/'/g, "''")}'`),
          valueRenderOption: "UNFORMATTED_VALUE",
          dateTimeRenderOption: "SERIAL_NUMBER",
          majorDimension: "ROWS",
        },
        noRetry,
      ),
    );
    const ranges = values.data.valueRanges ?? [];
    grids = titles.map((name, i) => ({
      name,
      values: ((ranges[i]?.values ?? []) as CellValue[][]).map((row) => row ?? []),
    }));
  }
  return { id, title: meta.data.properties?.title ?? "", grids };
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
  if (f.status === undefined) return new UserError(SHEETS.network(f.code ?? FILES.noResponse), 2);
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
