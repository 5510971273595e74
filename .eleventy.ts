/**
 * Eleventy wiring only: template folders, the TypeScript template extension, static assets.
 * The archive's data is handed in by scripts/build.ts; templates format it and never parse.
 */
// Eleventy ships no types for its config object; the shape used here is small.
interface EleventyConfig {
  addExtension(ext: string | string[], options: { key: string }): void;
  addTemplateFormats(formats: string): void;
  addPassthroughCopy(path: string | Record<string, string>): void;
  setQuietMode(quiet: boolean): void;
}

export default function (eleventyConfig: EleventyConfig) {
  eleventyConfig.addExtension('11ty.ts', { key: '11ty.js' });
  eleventyConfig.addTemplateFormats('11ty.ts');
  eleventyConfig.addPassthroughCopy({ 'templates/assets': 'assets' });
  eleventyConfig.setQuietMode(true);
  // Input and output folders are given by scripts/build.ts (templates/ → the chosen output).
  return { templateFormats: ['11ty.ts'] };
}
