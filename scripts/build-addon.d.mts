/** Types of build-addon.mjs, for the tests and the benchmark that build the add-on. */
export declare const GLOBAL_NAME: string;
export declare function exportedFunctions(code: string): string[];
export declare function buildAddon(outDir?: string): Promise<{ file: string; names: string[] }>;
