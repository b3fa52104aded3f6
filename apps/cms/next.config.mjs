import { baseSecurityHeaders } from '@paseo/server/securityHeaders';
import { withPayload } from '@payloadcms/next/withPayload';

/** @type {import('next').NextConfig} */
const nextConfig = {
  // The domain package is built to ESM; the CMS reads it from the workspace.
  transpilePackages: ['@paseo/domain'],
  poweredByHeader: false,
  // The Content-Security-Policy is set in src/proxy.ts, where the site's address is known.
  async headers() {
    return [
      {
        source: '/:path*',
        headers: [...baseSecurityHeaders, { key: 'X-Frame-Options', value: 'SAMEORIGIN' }],
      },
    ];
  },
};

export default withPayload(nextConfig, { devBundleServerPackages: false });
