import { readdirSync, readFileSync } from 'node:fs';
import { builtinModules, createRequire } from 'node:module';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The development tools (tools/: virtual printer, ESC/POS decoder, seed simulator) stay out of the packaged
 * kiosk: electron-vite bundles only what src/ imports, electron-builder packs only the build output, and
 * npm leaves devDependencies out of the app's node_modules.
 */
const require = createRequire(import.meta.url);
const TOOLS = resolve('tools');
const SPECIFIER = /\bfrom\s*['"]([^'"]+)['"]|\bimport\s*\(?\s*['"]([^'"]+)['"]/g;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.(ts|tsx|mts|mjs)$/.test(f))
    .map((f) => join(dir, f));
}

function imports(file: string): string[] {
  return [...readFileSync(file, 'utf8').matchAll(SPECIFIER)].map((m) => (m[1] ?? m[2]) as string);
}

/** The npm package a bare specifier names ('@scope/name/x' → '@scope/name'); null for files and Node's own modules. */
function packageOf(specifier: string): string | null {
  if (specifier.startsWith('.') || specifier.startsWith('node:') || builtinModules.includes(specifier)) return null;
  const parts = specifier.split('/');
  return (specifier.startsWith('@') ? parts.slice(0, 2) : parts.slice(0, 1)).join('/');
}

const product = sourceFiles(resolve('src'));
const tools = sourceFiles(TOOLS);

describe('the development tools', () => {
  it('are never imported by the product (src/), so no build entry can bundle them', () => {
    expect(tools.length).toBeGreaterThan(0);
    const offenders = product.flatMap((file) =>
      imports(file)
        .filter((s) => s.startsWith('.') && resolve(dirname(file), s).startsWith(TOOLS + sep))
        .map((s) => `${relative('.', file)}: ${s}`),
    );
    expect(offenders).toEqual([]);
  });

  it('bring their own packages as devDependencies, which the packaged app leaves out', () => {
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { dependencies: Record<string, string>; devDependencies: Record<string, string> };
    const productPackages = new Set(product.flatMap(imports).map(packageOf));
    const toolsOnly = [...new Set(tools.flatMap(imports).map(packageOf))].filter((p): p is string => p !== null && !productPackages.has(p));
    expect(toolsOnly).toContain('pngjs');
    for (const name of toolsOnly) {
      expect(pkg.dependencies, name).not.toHaveProperty(name);
      expect(pkg.devDependencies, name).toHaveProperty(name);
    }
  });

  it('are outside what electron-builder packs: the build output and package.json only', async () => {
    const { getConfig } = require('app-builder-lib/out/util/config/config') as {
      getConfig(projectDir: string, configPath: string | null, fromOptions: null): Promise<{ files?: (string | { filter: string[] })[] }>;
    };
    const config = await getConfig(process.cwd(), 'electron-builder.yml', null);
    const included = (config.files ?? []).flatMap((f) => (typeof f === 'string' ? [f] : f.filter)).filter((p) => !p.startsWith('!'));
    expect(included).toEqual(['out/**', 'package.json']);
  });
});
