/** Types of same-outputs.mjs, for the tests that compare Node and browser outputs. */
export declare function mask(text: string): string;
export declare function parts(file: string): Promise<Map<string, string>>;
export declare function bytesParts(
  bytes: Uint8Array,
  zipped?: boolean,
): Promise<Map<string, string>>;
