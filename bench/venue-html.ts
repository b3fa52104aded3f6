/**
 * What a phone downloads before any script: the cached venue page's HTML in both languages, raw and
 * compressed, and how much of it is the framework's payload (the `self.__next_f.push(…)` scripts
 * that React reads to hydrate) repeating what the markup already shows. Part of `npm run bench`, on
 * the built apps. Prints the figures and rewrites its own section of BENCHMARKS.md.
 */
import { gzipSync } from 'node:zlib';
import { getAsSent } from '../scripts/getAsSent';
import { startStack } from '../scripts/stack';
import { markdownTable, wrapProse, writeBenchmarkSection } from './report';

const PAGES = ['/es/lugares/museo-casa-de-leon-trotsky', '/en/places/leon-trotsky-house-museum'];
const SECTION_TITLE = '## Venue page HTML (what a phone downloads before any script)';

type Figures = {
  path: string;
  raw: number;
  gzip: number;
  brotli: number;
  payload: number;
  payloadGzipShare: { bytes: number; percent: string };
  style: number;
  withoutPayload: { raw: number; gzip: number };
  text: { bytes: number; repeated: number };
};

// Level 6, gzip's default, as @paseo/server sends it.
const gzipLength = (text: string) => gzipSync(text, { level: 6 }).length;
/** What Chromium (the browser tests' and Lighthouse's) asks for. */
const chromeAcceptEncoding = 'gzip, deflate, br, zstd';

/** The page's visible text, tag by tag: what a reader sees, scripts and styles left out. */
function visibleText(html: string): string[] {
  const body = html
    .replace(/<script[\s\S]*?<\/script>/g, ' ')
    .replace(/<style[\s\S]*?<\/style>/g, ' ')
    .replace(/<template[\s\S]*?<\/template>/g, ' ');
  return [...body.matchAll(/>([^<]+)</g)]
    .map((match) => (match[1] ?? '').replace(/\s+/g, ' ').trim())
    .filter((text) => text.length > 2);
}

/** The payload's strings as React reads them: JSON string escapes undone. */
function payloadText(html: string): { bytes: number; decoded: string } {
  let bytes = 0;
  let decoded = '';
  for (const match of html.matchAll(/<script>(self\.__next_f\.push\([\s\S]*?\))<\/script>/g)) {
    bytes += match[0].length;
    const argument = (match[1] ?? '').slice('self.__next_f.push('.length, -1);
    try {
      const parsed = JSON.parse(argument) as unknown[];
      decoded += parsed.filter((part) => typeof part === 'string').join('');
    } catch {
      decoded += argument;
    }
  }
  return { bytes, decoded };
}

const unescapeHtml = (text: string) =>
  text
    .replaceAll('&amp;', '&')
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&quot;', '"')
    .replaceAll('&#x27;', "'");

async function measure(url: string, path: string): Promise<Figures> {
  const response = await fetch(`${url}${path}`);
  if (response.status !== 200) throw new Error(`${path} answered ${response.status}`);
  const html = await response.text();
  const payload = payloadText(html);
  const withoutPayload = html.replace(/<script>self\.__next_f\.push\([\s\S]*?\)<\/script>/g, '');
  const style = [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].reduce(
    (sum, m) => sum + m[0].length,
    0,
  );
  const texts = visibleText(html).map(unescapeHtml);
  const textBytes = texts.reduce((sum, text) => sum + Buffer.byteLength(text), 0);
  const repeated = texts
    .filter((text) => payload.decoded.includes(text))
    .reduce((sum, text) => sum + Buffer.byteLength(text), 0);
  const gzip = gzipLength(html);
  return {
    path,
    raw: Buffer.byteLength(html),
    gzip: (await getAsSent(`${url}${path}`, { 'Accept-Encoding': 'gzip' })).body.length,
    brotli: (await getAsSent(`${url}${path}`, { 'Accept-Encoding': chromeAcceptEncoding })).body.length,
    payload: payload.bytes,
    payloadGzipShare: {
      bytes: gzip - gzipLength(withoutPayload),
      percent: percent(gzip - gzipLength(withoutPayload), gzip),
    },
    style,
    withoutPayload: { raw: Buffer.byteLength(withoutPayload), gzip: gzipLength(withoutPayload) },
    text: { bytes: textBytes, repeated },
  };
}

const n = (value: number) => value.toLocaleString('en-US');
const percent = (part: number, whole: number) => `${((part / whole) * 100).toFixed(1)} %`;

const stack = await startStack();
try {
  const figures: Figures[] = [];
  for (const path of PAGES) {
    // Until served from the site's cache, as a visitor gets it.
    for (let i = 0; i < 2; i++) await fetch(`${stack.webUrl}${path}`).then((r) => r.arrayBuffer());
    figures.push(await measure(stack.webUrl, path));
  }
  const rows = [
    ['what', ...figures.map((f) => `\`${f.path}\``)],
    ['HTML (raw)', ...figures.map((f) => n(f.raw))],
    ['as sent to a browser (Brotli)', ...figures.map((f) => n(f.brotli))],
    ['as sent to a gzip-only client', ...figures.map((f) => n(f.gzip))],
    ['the inlined stylesheet (raw)', ...figures.map((f) => `${n(f.style)} (${percent(f.style, f.raw)})`)],
    [
      'the framework’s payload (raw)',
      ...figures.map((f) => `${n(f.payload)} (${percent(f.payload, f.raw)})`),
    ],
    [
      'the payload’s share of the gzip transfer',
      ...figures.map((f) => `${n(f.payloadGzipShare.bytes)} (${f.payloadGzipShare.percent})`),
    ],
    [
      'HTML without the payload (raw / gzip)',
      ...figures.map((f) => `${n(f.withoutPayload.raw)} / ${n(f.withoutPayload.gzip)}`),
    ],
    [
      'visible text repeated in the payload',
      ...figures.map(
        (f) => `${n(f.text.repeated)} of ${n(f.text.bytes)} (${percent(f.text.repeated, f.text.bytes)})`,
      ),
    ],
  ];
  const body = [
    wrapProse(
      `\`tsx bench/venue-html.ts\` (part of \`npm run bench\`), run on ${new Date().toISOString().slice(0, 10)}: ` +
        'one site process of `startStack()` on the built apps with the sample content, each page fetched ' +
        'until cached, then read as it travels to a browser that accepts Brotli (Chromium’s ' +
        `\`Accept-Encoding: ${chromeAcceptEncoding}\`) and to a client that takes gzip only (Varnish keeps ` +
        'a copy of each kind). The payload is the bytes of the `self.__next_f.push(…)` scripts, and its share ' +
        'of a gzip transfer is computed with gzip level 6; visible text is the markup’s text nodes outside ' +
        'scripts and styles. Bytes, not KB. A first response of up to about 14,600 bytes (headers ' +
        'included) arrives in one round trip of a new connection (TCP’s initial window of ten packets), ' +
        'which is how Lighthouse’s simulation counts it.',
    ),
    '',
    markdownTable(rows),
    '',
    wrapProse(
      'The payload repeats the visible text because React hydrates the whole document from it, server ' +
        'components included; the inlined stylesheet appears in it a second time for the same reason. ' +
        'Both compress well beside their twins in the markup, which is why the payload’s share of the gzip ' +
        'transfer is smaller than its share of the raw bytes.',
    ),
  ].join('\n');
  console.log(`\n${markdownTable(rows)}`);
  writeBenchmarkSection(SECTION_TITLE, body);
  console.log(`\nBENCHMARKS.md: "${SECTION_TITLE.slice(3)}" rewritten.`);
} finally {
  await stack.stop();
}
process.exit(0);
