/** The npm package `espeak-ng` (eSpeak NG's command line compiled with Emscripten) ships no types. */
declare module 'espeak-ng' {
  interface ESpeakNgFs {
    writeFile(path: string, data: string | Uint8Array): void;
    readFile(path: string): Uint8Array;
  }
  interface ESpeakNgModule {
    FS: ESpeakNgFs;
  }
  interface ESpeakNgOptions {
    /** espeak-ng's command-line arguments; main() runs with them once the module is ready. */
    arguments: string[];
    preRun?: Array<(module: ESpeakNgModule) => void>;
    print?: (line: string) => void;
    printErr?: (line: string) => void;
  }
  export default function ESpeakNg(options: ESpeakNgOptions): Promise<ESpeakNgModule>;
}
