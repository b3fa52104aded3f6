import sharp from 'sharp';

/** A small stable hash, so the same key always draws the same picture. */
function hash(text: string): number {
  let h = 2166136261;
  for (const char of text) h = Math.imul(h ^ char.charCodeAt(0), 16777619);
  return h >>> 0;
}

/**
 * Draws a sample illustration locally (no network): a sky, hills and a few buildings in colours
 * picked from the key. Stands in for real photographs in the sample content.
 */
export async function drawSampleImage(key: string, width = 1600, height = 1000): Promise<Buffer> {
  const h = hash(key);
  const hue = h % 360;
  const sky = `hsl(${hue}, 60%, 78%)`;
  const hill = `hsl(${(hue + 120) % 360}, 35%, 45%)`;
  const buildings = Array.from({ length: 6 }, (_, i) => {
    const w = 120 + ((h >> (i * 3)) % 140);
    const bh = 180 + ((h >> (i * 2)) % 260);
    const x = 80 + i * 250;
    const colour = `hsl(${(hue + 30 * i) % 360}, 55%, ${45 + (i % 3) * 10}%)`;
    return `<rect x="${x}" y="${height - 180 - bh}" width="${w}" height="${bh}" fill="${colour}"/>`;
  }).join('');
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">
    <defs><linearGradient id="s" x1="0" y1="0" x2="0" y2="1">
      <stop offset="0" stop-color="${sky}"/><stop offset="1" stop-color="white"/>
    </linearGradient></defs>
    <rect width="100%" height="100%" fill="url(#s)"/>
    <circle cx="${1200 + (h % 200)}" cy="220" r="90" fill="hsl(45, 95%, 65%)"/>
    <ellipse cx="500" cy="${height - 120}" rx="900" ry="260" fill="${hill}"/>
    ${buildings}
    <rect y="${height - 180}" width="100%" height="180" fill="hsl(${(hue + 200) % 360}, 20%, 30%)"/>
  </svg>`;
  return sharp(Buffer.from(svg)).jpeg({ quality: 82, mozjpeg: true }).toBuffer();
}
