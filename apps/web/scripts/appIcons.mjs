/**
 * Draws the site's favicon.ico and apple-icon.png from src/app/icon.svg. Run by hand after
 * changing the mark (`node apps/web/scripts/appIcons.mjs`); the files it writes are committed,
 * so the build does not depend on it.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import sharp from 'sharp';

const appDir = new URL('../src/app/', import.meta.url);
const mark = readFileSync(new URL('icon.svg', appDir));
// The mark's own background, filled under the rounded corners where a square is wanted.
const background = '#a63f1b';
// The mark is drawn on a 32-unit square.
const markSide = 32;

function drawPng(side, fillCorners = false) {
  const drawing = sharp(mark, { density: (72 * side) / markSide }).resize(side, side);
  return (fillCorners ? drawing.flatten({ background }) : drawing).png({ compressionLevel: 9 }).toBuffer();
}

/**
 * An ICO holding PNG images (the format browsers and Windows have read since Vista): a 6-byte
 * header, a 16-byte entry per image, then the images.
 */
function icoOf(images) {
  const header = Buffer.alloc(6 + 16 * images.length);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2); // 1: icon
  header.writeUInt16LE(images.length, 4);
  let offset = header.length;
  images.forEach(({ side, png }, index) => {
    const entry = 6 + 16 * index;
    header.writeUInt8(side >= 256 ? 0 : side, entry); // width; 0 means 256
    header.writeUInt8(side >= 256 ? 0 : side, entry + 1); // height
    header.writeUInt8(0, entry + 2); // no palette
    header.writeUInt8(0, entry + 3);
    header.writeUInt16LE(1, entry + 4); // colour planes
    header.writeUInt16LE(32, entry + 6); // bits per pixel
    header.writeUInt32LE(png.length, entry + 8);
    header.writeUInt32LE(offset, entry + 12);
    offset += png.length;
  });
  return Buffer.concat([header, ...images.map(({ png }) => png)]);
}

const icoSides = [16, 32, 48];
const icoImages = await Promise.all(icoSides.map(async (side) => ({ side, png: await drawPng(side) })));
writeFileSync(new URL('favicon.ico', appDir), icoOf(icoImages));
// iOS rounds the corners itself and shows transparent ones black.
writeFileSync(new URL('apple-icon.png', appDir), await drawPng(180, true));
console.log(
  `wrote favicon.ico (${icoSides.join(', ')} px) and apple-icon.png (180 px) in ${appDir.pathname}`,
);
