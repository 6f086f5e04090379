/** Types of build-web.mjs, for the tests and the benchmark that build the browser shell. */
export declare function bundleWeb(): Promise<string>;
export declare function inline(template: string, script: string, style: string): string;
export declare function buildWeb(outDir?: string): Promise<{
  pageFile: string;
  dialogFile: string;
  pageBytes: number;
  dialogBytes: number;
}>;
