import { resolve } from 'node:path';
import { build, type Plugin } from 'vite';

/** Browsers of old Android phones still in use (Chrome 49 = Android 5–7 without updates; Safari 10 = iOS 10). */
export const PHONE_PAGE_TARGETS = ['chrome49', 'safari10', 'firefox52'];

/**
 * The visitors' phone page (/t/<code>) as its own small classic script and style sheet: not the React
 * bundle and not an ES module, so that old phone browsers run it. Built beside the renderer into
 * out/renderer/phone/, where the office server serves it.
 */
export function phonePage(root: string): Plugin {
  return {
    name: 'loket-phone-page',
    apply: 'build',
    async generateBundle() {
      const result = await build({
        configFile: false,
        logLevel: 'warn',
        root,
        build: {
          write: false,
          target: PHONE_PAGE_TARGETS,
          minify: true,
          cssCodeSplit: false,
          lib: { entry: resolve(root, 'src/renderer/src/screens/phone/main.ts'), formats: ['iife'], name: 'loketPhone', fileName: () => 'phone.js', cssFileName: 'phone' },
        },
      });
      const outputs = (Array.isArray(result) ? result : [result]) as { output: { fileName: string; type: string; code?: string; source?: string | Uint8Array }[] }[];
      for (const out of outputs) {
        for (const file of out.output) {
          const source = file.type === 'chunk' ? (file.code as string) : (file.source as string | Uint8Array);
          this.emitFile({ type: 'asset', fileName: `phone/${file.fileName}`, source });
        }
      }
    },
  };
}
