// Types for static-server.mjs, so TypeScript scripts and specs can import it.
export declare function startStaticServer(dir: string, options?: { port?: number }): Promise<{ url: string; port: number; close: () => Promise<void> }>;
