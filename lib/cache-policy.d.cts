export declare const immutable: string;
export declare const untilNextBuild: string;
export declare const perQuery: string;
export declare const uncached: string;
