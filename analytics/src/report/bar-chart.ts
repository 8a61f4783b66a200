import { Raster, type Rgb } from './png.js';

/** The dashboard's colours: blue bars, an amber target. */
export const BAR_COLOR: Rgb = 0x3b82f6;
export const TARGET_COLOR: Rgb = 0xf59e0b;
const AXIS_COLOR: Rgb = 0x6b7280;

export interface BarChartInput {
  /** one bar per slot, left to right; null leaves the slot empty */
  values: ReadonlyArray<number | null>;
  /** drawn as a dashed line across the chart; null draws none */
  target: number | null;
  /** the value at the top edge; by default a tenth above the largest value or target */
  top?: number;
  width: number;
  height: number;
}

const BASELINE = 2;

/**
 * A bar chart without any text: the report puts the labels and values in a table whose columns
 * line up with the bars, so the picture needs no font and renders the same everywhere.
 */
export function drawBarChart(input: BarChartInput): Raster {
  const { values, target, width, height } = input;
  const raster = new Raster(width, height);
  const largest = Math.max(0, target ?? 0, ...values.map((v) => v ?? 0));
  const top = input.top ?? (largest > 0 ? largest * 1.1 : 1);
  const plot = height - BASELINE;
  const slot = width / Math.max(values.length, 1);
  values.forEach((value, index) => {
    if (value === null || value <= 0) return;
    const barHeight = Math.max(1, (Math.min(value, top) / top) * plot);
    raster.fillRect(index * slot + slot * 0.2, plot - barHeight, slot * 0.6, barHeight, BAR_COLOR);
  });
  raster.fillRect(0, plot, width, BASELINE, AXIS_COLOR);
  if (target !== null && target > 0 && target <= top) {
    const y = plot - (target / top) * plot;
    for (let x = 0; x < width; x += 16) raster.fillRect(x, y - 1.5, 10, 3, TARGET_COLOR);
  }
  return raster;
}
