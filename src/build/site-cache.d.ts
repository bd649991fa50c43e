interface ImportMetaEnv {
  /** Astro's cache folder (`cacheDir`), where build outputs are kept between builds; set by the site's integration. */
  readonly SITE_CACHE_DIR: string;
}
