/** What the game shows of the company's branding (branding.json, applied at build time). */
export interface Brand {
  productName: string;
  /** The logo, relative to the page; undefined without one. */
  logoUrl?: string;
}

/** A window title: the page, then the product, as browsers' tab lists read best. */
export const pageTitle = (brand: Brand, page?: string): string =>
  page ? `${page} · ${brand.productName}` : brand.productName;
