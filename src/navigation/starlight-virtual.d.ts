// Starlight resolves these virtual modules to the component in use, overridden or not.
declare module 'virtual:starlight/components/MobileMenuFooter' {
  const MobileMenuFooter: typeof import('@astrojs/starlight/components/MobileMenuFooter.astro').default;
  export default MobileMenuFooter;
}

// Likewise for the LanguageSelect in use: the site's LanguageSwitch.
declare module 'virtual:starlight/components/LanguageSelect' {
  const LanguageSelect: typeof import('@astrojs/starlight/components/LanguageSelect.astro').default;
  export default LanguageSelect;
}
