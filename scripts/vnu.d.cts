export type MarkupError = { line?: number; message: string; extract?: string };
export declare function checkMarkup(documents: { name: string; markup: string }[]): Promise<Record<string, MarkupError[]>>;
