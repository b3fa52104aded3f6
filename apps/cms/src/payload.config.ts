import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { postgresAdapter } from '@payloadcms/db-postgres';
import { redirectsPlugin } from '@payloadcms/plugin-redirects';
import { seoPlugin } from '@payloadcms/plugin-seo';
import { lexicalEditor } from '@payloadcms/richtext-lexical';
import { buildConfig } from 'payload';
import sharp from 'sharp';
import { anyone } from './access/anyone';
import { isEditor } from './access/isEditor';
import { Categories } from './collections/Categories';
import { Guides } from './collections/Guides';
import { Media } from './collections/Media';
import { Neighborhoods } from './collections/Neighborhoods';
import { Reports } from './collections/Reports';
import { Users } from './collections/Users';
import { Venues } from './collections/Venues';
import { payloadSecret } from './lib/secret';

const dirname = path.dirname(fileURLToPath(import.meta.url));
const siteUrl = process.env.WEB_URL ?? 'http://localhost:3000';

export default buildConfig({
  secret: payloadSecret(),
  serverURL: process.env.CMS_URL ?? '',
  admin: {
    user: Users.slug,
    // The admin must not call out to gravatar.com: avatars are drawn locally.
    avatar: 'default',
    importMap: { baseDir: dirname },
    meta: { titleSuffix: ' — Paseo CMS' },
    livePreview: {
      collections: ['venues'],
      breakpoints: [
        { label: 'Phone', name: 'phone', width: 390, height: 844 },
        { label: 'Desktop', name: 'desktop', width: 1280, height: 800 },
      ],
    },
  },
  collections: [Venues, Neighborhoods, Categories, Guides, Media, Reports, Users],
  localization: {
    locales: [
      { code: 'es', label: 'Español' },
      { code: 'en', label: 'English' },
    ],
    defaultLocale: 'es',
    fallback: true,
  },
  editor: lexicalEditor(),
  db: postgresAdapter({
    pool: { connectionString: process.env.DATABASE_URL },
    migrationDir: path.resolve(dirname, 'migrations'),
    // Schema changes go through committed migrations; push only on a development database of its own.
    push: process.env.PASEO_DB_PUSH === '1',
  }),
  sharp,
  upload: { limits: { fileSize: 10 * 1024 * 1024 } },
  cors: [siteUrl],
  typescript: { outputFile: path.resolve(dirname, 'payload-types.ts') },
  telemetry: false,
  // Scheduled publishing runs as queued jobs; the server started by `npm start`/`npm run dev` runs
  // them every minute. Scripts that only open Payload (seed, migrate) leave the queue alone.
  jobs: {
    autoRun: [{ cron: '* * * * *', allQueues: true }],
    shouldAutoRun: () => process.env.PASEO_RUN_JOBS === '1',
  },
  plugins: [
    seoPlugin({
      collections: ['venues', 'neighborhoods', 'guides'],
      uploadsCollection: 'media',
      tabbedUI: true,
      generateTitle: ({ doc }) => `${String(doc?.name ?? doc?.title ?? '')} — Paseo`,
      generateDescription: ({ doc }) => String(doc?.teaser ?? doc?.summary ?? ''),
    }),
    redirectsPlugin({
      collections: ['venues', 'neighborhoods', 'guides'],
      overrides: {
        admin: { group: 'Content' },
        access: { read: anyone, create: isEditor, update: isEditor, delete: isEditor },
      },
    }),
  ],
});
