// citation-js ships no type declarations; this covers the part we use.
declare module "@citation-js/core" {
  export class Cite {
    constructor(data: unknown, options?: Record<string, unknown>);
    static async(data: unknown, options?: Record<string, unknown>): Promise<Cite>;
    data: Record<string, unknown>[];
    format(format: string, options?: Record<string, unknown>): string;
  }
  export const plugins: {
    config: {
      get(name: "@bibtex"): { format: { asciiOnly: boolean } };
      get(name: string): {
        templates: { add(name: string, template: string): void; has(name: string): boolean };
        locales: { add(name: string, locale: string): void };
      };
    };
  };
}
declare module "@citation-js/plugin-csl";
declare module "@citation-js/plugin-bibtex";
declare module "@citation-js/plugin-ris";
