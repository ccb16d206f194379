import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { inflateSync } from "zlib";
import { encodePng, renderIcon, SIZES } from "../../scripts/make-icons";
import { pngSize } from "../../scripts/manifest-checks";

const assets = path.resolve(__dirname, "..", "..", "assets");

describe("assets/icon-*.png", () => {
  it.each(SIZES)(
    "icon-%i.png is what scripts/make-icons.js draws (regenerate with node scripts/make-icons.js)",
    (size) => {
      const committed = fs.readFileSync(path.join(assets, `icon-${size}.png`));
      expect(committed.equals(encodePng(size, size, renderIcon(size)))).toBe(true);
    },
    60_000,
  );

  it("has a transparent background and opaque pixels in the mark", () => {
    const rgba = renderIcon(32);
    const alphaAt = (x: number, y: number) => rgba[(y * 32 + x) * 4 + 3];
    expect(alphaAt(0, 0)).toBe(0);
    expect(alphaAt(16, 7)).toBe(255); // centre of the top node
  });
});

describe("encodePng", () => {
  it("writes a PNG whose header gives its size and whose pixels round-trip", () => {
    const rgba = Buffer.from([255, 0, 0, 255, 0, 255, 0, 128, 0, 0, 255, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    const png = encodePng(3, 2, rgba);
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "png-")), "t.png");
    fs.writeFileSync(file, png);
    expect(pngSize(file)).toEqual({ width: 3, height: 2 });
    // IDAT follows the 8-byte signature and the 25-byte IHDR chunk.
    const idatLength = png.readUInt32BE(33);
    expect(png.toString("ascii", 37, 41)).toBe("IDAT");
    const raw = inflateSync(png.subarray(41, 41 + idatLength));
    expect(raw[0]).toBe(0); // filter type of row 0
    expect(raw.subarray(1, 13)).toEqual(rgba.subarray(0, 12));
    expect(raw.subarray(14, 26)).toEqual(rgba.subarray(12, 24));
  });
});
