import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, nothingRuns } from "@/lib/csp.cjs";

const directive = (csp: string, name: string) => csp.split("; ").find((d) => d.startsWith(`${name} `));

describe("contentSecurityPolicy", () => {
  it("lets a prerendered page run only the site's own script files, never inline code or eval", () => {
    const csp = contentSecurityPolicy({ framing: "none" });
    expect(directive(csp, "script-src")).toBe("script-src 'self'");
    expect(csp).not.toMatch(/unsafe-eval/);
    expect(directive(csp, "script-src")).not.toMatch(/unsafe-inline/);
  });

  it("allows a per-request page's scripts by nonce", () => {
    expect(directive(contentSecurityPolicy({ nonce: "n0nce", framing: "none" }), "script-src")).toBe("script-src 'self' 'nonce-n0nce'");
  });

  it("allows nothing but the site's own resources: no plugins, no foreign forms, no base rewrite", () => {
    const csp = contentSecurityPolicy({ framing: "none" });
    expect(directive(csp, "default-src")).toBe("default-src 'self'");
    expect(directive(csp, "object-src")).toBe("object-src 'none'");
    expect(directive(csp, "base-uri")).toBe("base-uri 'self'");
    expect(directive(csp, "form-action")).toBe("form-action 'self'");
    expect(directive(csp, "connect-src")).toBe("connect-src 'self'");
    expect(directive(csp, "font-src")).toBe("font-src 'self'");
    expect(directive(csp, "img-src")).toBe("img-src 'self' data: blob:");
    expect(directive(csp, "style-src")).toBe("style-src 'self' 'unsafe-inline'");
  });

  it("lets only embeds be framed", () => {
    expect(directive(contentSecurityPolicy({ framing: "none" }), "frame-ancestors")).toBe("frame-ancestors 'none'");
    expect(directive(contentSecurityPolicy({ framing: "any" }), "frame-ancestors")).toBe("frame-ancestors *");
  });

  it("lets nothing run in, or frame, a response that is not a page", () => {
    expect(nothingRuns).toBe("default-src 'none'; frame-ancestors 'none'");
  });
});
