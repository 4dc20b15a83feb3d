export type MarkupError = { line?: number; message: string; extract?: string };
export function checkMarkup(documents: { name: string; markup: string }[]): Promise<Record<string, MarkupError[]>>;
