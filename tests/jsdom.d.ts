// The parts of jsdom (no types of its own for version 29) the tests use.
declare module "jsdom" {
  export class JSDOM {
    constructor(html: string, options?: { runScripts?: "dangerously" | "outside-only"; beforeParse?: (window: Window & typeof globalThis) => void });
    readonly window: Window & typeof globalThis;
  }
}
