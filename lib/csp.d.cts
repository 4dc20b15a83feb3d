export declare function contentSecurityPolicy(options: { nonce?: string; framing: "none" | "any" }): string;
export declare const nothingRuns: string;
