import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import StaticAnimate from "@/lib/vendor/static-animate";

describe("the static stand-in for react-smooth's Animate", () => {
  it("renders the final frame of a render-prop child, as Animate does with animation off", () => {
    const html = renderToStaticMarkup(
      <svg>
        <StaticAnimate to={{ width: 40 }}>{(style) => <rect width={(style as { width: number }).width} />}</StaticAnimate>
      </svg>,
    );
    expect(html).toBe('<svg><rect width="40"></rect></svg>');
  });

  it("renders plain children unchanged", () => {
    expect(renderToStaticMarkup(<StaticAnimate>{<circle r={3} />}</StaticAnimate>)).toBe('<circle r="3"></circle>');
  });
});
