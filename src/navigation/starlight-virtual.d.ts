// Starlight resolves this virtual module to the MobileMenuFooter in use, overridden or not.
declare module 'virtual:starlight/components/MobileMenuFooter' {
  const MobileMenuFooter: typeof import('@astrojs/starlight/components/MobileMenuFooter.astro').default;
  export default MobileMenuFooter;
}
