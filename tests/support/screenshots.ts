import { PNG } from 'pngjs';
import pixelmatch from 'pixelmatch';

/**
 * Compares a screenshot with its reference image. Pixels count as different beyond pixelmatch's
 * colour threshold, anti-aliased edges aside (font smoothing moves them by a shade); a screenshot
 * matches when at most `tolerance` of its pixels differ and it has the reference's size (a page
 * that grew or shrank is a change too).
 */
export interface Comparison {
  matches: boolean;
  /** What differs, for the failure message. */
  summary: string;
  /** The differing pixels marked in red on a faded copy of the reference; absent when sizes differ. */
  diff?: Buffer;
}

/** pixelmatch's per-pixel colour distance (0–1); 0.1 is its default. */
const THRESHOLD = 0.1;
/** Share of pixels allowed to differ: a few glyphs, not a moved block. */
export const TOLERANCE = 0.001;

export function compareScreenshots(reference: Buffer, actual: Buffer, tolerance = TOLERANCE): Comparison {
  const a = PNG.sync.read(reference);
  const b = PNG.sync.read(actual);
  if (a.width !== b.width || a.height !== b.height)
    return {
      matches: false,
      summary: `grootte ${b.width}×${b.height} in plaats van ${a.width}×${a.height}`,
    };
  const diff = new PNG({ width: a.width, height: a.height });
  const different = pixelmatch(a.data, b.data, diff.data, a.width, a.height, { threshold: THRESHOLD });
  const share = different / (a.width * a.height);
  return {
    matches: share <= tolerance,
    summary: `${different} pixels verschillen (${(share * 100).toFixed(3)}%, toegestaan ${(tolerance * 100).toFixed(1)}%)`,
    diff: PNG.sync.write(diff),
  };
}
