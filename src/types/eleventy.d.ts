/** The small part of Eleventy's programmatic API the build uses (Eleventy ships no types). */
declare module '@11ty/eleventy' {
  interface EleventyOptions {
    configPath?: string;
    pathPrefix?: string;
    quietMode?: boolean;
    config?: (config: { addGlobalData(name: string, value: unknown): void }) => void | Promise<void>;
  }
  export default class Eleventy {
    constructor(input: string, output: string, options?: EleventyOptions);
    write(): Promise<unknown>;
  }
}
