import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { toPalettePng } from "@/lib/charts/png-palette";

// A stand-in for a panel picture: the paper background, bands of ink and of
// the four verdict colours, and ramps from each into the paper, as
// anti-aliased letters have at their edges.
const width = 600;
const height = 300;
const paper = [0xfb, 0xfa, 0xf7];
const inks = [
  [0x1d, 0x1d, 0x1b],
  [0x1b, 0x6b, 0x3a],
  [0x7a, 0x4b, 0x00],
  [0xa3, 0x20, 0x1c],
  [0x4a, 0x4f, 0x57],
];
const band = height / inks.length;

function picture(): Buffer {
  const rgba = Buffer.alloc(width * height * 4);
  for (let y = 0; y < height; y++) {
    const ink = inks[Math.floor(y / band)]!;
    for (let x = 0; x < width; x++) {
      // Left half solid ink, then a ramp to paper over 8 px, then paper; and
      // the picture is noisy enough (every 7th column) that plain deflate does poorly.
      const t = x < width / 2 ? 0 : Math.min(1, (x - width / 2) / 8);
      const speck = x % 7 === 0 && x > width / 2 + 8 ? 1 : 0;
      for (let c = 0; c < 3; c++) rgba[(y * width + x) * 4 + c] = Math.round(ink[c]! * (1 - t) + paper[c]! * t) - speck;
      rgba[(y * width + x) * 4 + 3] = 255;
    }
  }
  return rgba;
}

async function encode(rgba: Buffer) {
  return new Uint8Array(await sharp(rgba, { raw: { width, height, channels: 4 } }).png().toBuffer());
}

describe("a panel picture as a palette PNG", () => {
  it("is an indexed-colour PNG of the same size, with fewer bytes", async () => {
    const original = await encode(picture());
    const out = Buffer.from(await toPalettePng(original));
    expect(out.subarray(12, 16).toString("ascii")).toBe("IHDR");
    expect([out.readUInt32BE(16), out.readUInt32BE(20)]).toEqual([width, height]);
    // Colour type 3: each pixel is an index into a palette.
    expect(out[25]).toBe(3);
    expect(out.length).toBeLessThan(original.length);
  });

  it("keeps the ink and every verdict colour (within 16 of 255 per channel)", async () => {
    const out = await sharp(Buffer.from(await toPalettePng(await encode(picture())))).removeAlpha().raw().toBuffer();
    inks.forEach((ink, i) => {
      const y = Math.floor(i * band + band / 2);
      const pixel = [...out.subarray((y * width + 10) * 3, (y * width + 10) * 3 + 3)];
      pixel.forEach((value, c) => expect(Math.abs(value - ink[c]!)).toBeLessThanOrEqual(16));
    });
    const background = [...out.subarray((10 * width + width - 2) * 3, (10 * width + width - 2) * 3 + 3)];
    background.forEach((value, c) => expect(Math.abs(value - paper[c]!)).toBeLessThanOrEqual(16));
  });
});
