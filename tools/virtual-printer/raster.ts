import { PNG } from 'pngjs';

export type Rgb = readonly [number, number, number];

/** A plain RGB pixel canvas that can be written out as PNG. */
export class Raster {
  readonly width: number;
  readonly height: number;
  readonly #png: PNG;

  constructor(width: number, height: number, background: Rgb) {
    this.width = width;
    this.height = height;
    this.#png = new PNG({ width, height });
    this.fillRect(0, 0, width, height, background);
  }

  fillRect(x: number, y: number, width: number, height: number, color: Rgb): void {
    const x0 = Math.max(0, Math.floor(x));
    const y0 = Math.max(0, Math.floor(y));
    const x1 = Math.min(this.width, Math.floor(x + width));
    const y1 = Math.min(this.height, Math.floor(y + height));
    const data = this.#png.data;
    for (let row = y0; row < y1; row++) {
      for (let col = x0; col < x1; col++) {
        const i = (row * this.width + col) * 4;
        data[i] = color[0];
        data[i + 1] = color[1];
        data[i + 2] = color[2];
        data[i + 3] = 255;
      }
    }
  }

  toPng(): Buffer {
    return PNG.sync.write(this.#png);
  }
}
