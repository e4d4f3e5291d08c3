import type { Brand } from './core/brand.ts';

/**
 * The product name and logo the build was branded with (src/build/vite-plugin-branding.ts puts
 * them in as build-time constants); Serving Moments' own name in a build without the plugin.
 */
export function builtBrand(): Brand {
  const name = import.meta.env.VITE_BRAND_NAME as string | undefined;
  const logo = import.meta.env.VITE_BRAND_LOGO as string | undefined;
  return {
    productName: name || 'Serving Moments',
    ...(logo ? { logoUrl: `${import.meta.env.BASE_URL}${logo}` } : {}),
  };
}
