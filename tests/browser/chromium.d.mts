// Types for chromium.mjs, so TypeScript specs and helpers can import it.
export declare const CHROMIUM_ARGS: string[];
export declare function findChromium(): string | undefined;
export declare function ensureChromium(): string;
