import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';

/**
 * Which ABI a built native module (`.node`) needs, read from the file itself, and whether the packaged
 * Electron can load it. A Node-API module (better-sqlite3 13, @node-rs/argon2) exports
 * `napi_register_module_v1` and loads in any runtime whose Node-API version is at least the module's (the
 * module states its version in `node_api_module_get_api_version_v1`; without that export Node assumes 8).
 * A V8-bound module exports `node_register_module_v<N>` and loads only where NODE_MODULE_VERSION is N,
 * so a module rebuilt for Node's ABI (137 for Node 24) instead of Electron's (150 for Electron 45) is
 * refused here, at packaging time, instead of crashing the kiosk at its first start.
 *
 * Reads ELF (Linux) and PE (Windows) shared libraries; nothing is loaded or executed.
 */

const require = createRequire(import.meta.url);

const ELF_MACHINES = { 0x03: 'ia32', 0x28: 'armv7l', 0x3e: 'x64', 0xb7: 'arm64' };
const PE_MACHINES = { 0x014c: 'ia32', 0x01c4: 'armv7l', 0x8664: 'x64', 0xaa64: 'arm64' };
const FORMAT_OF_PLATFORM = { linux: 'ELF', win32: 'PE', darwin: 'Mach-O' };
/** Node's assumption for a Node-API module that does not export its version (NODE_API_DEFAULT_MODULE_API_VERSION). */
const NAPI_DEFAULT_MODULE_VERSION = 8;

export class NativeModuleError extends Error {}

/**
 * The Node-API version of the Node inside an Electron major: the lowest of that major's releases.
 * Electron 35–39 carry Node 22.14 or later (the first with Node-API 10), Electron 40–45 Node 24;
 * Electron 27–34 Node 18.17+/20 (9); Electron 23–26 Node 18.12+ (8).
 */
const ELECTRON_NAPI = [
  [35, 10],
  [27, 9],
  [23, 8],
];

/** What the packaged Electron accepts: its NODE_MODULE_VERSION (from node-abi) and its Node-API version. */
export function electronNativeAbi(electronVersion) {
  const major = Number.parseInt(String(electronVersion), 10);
  const napi = ELECTRON_NAPI.find(([from]) => major >= from)?.[1];
  if (!napi) throw new NativeModuleError(`Electron ${electronVersion}: its Node-API version is not known to build/nativeAbi.mjs`);
  let abi;
  try {
    abi = Number(require('node-abi').getAbi(String(electronVersion), 'electron'));
  } catch (err) {
    throw new NativeModuleError(`Electron ${electronVersion}: node-abi does not know its NODE_MODULE_VERSION (update node-abi): ${err.message}`);
  }
  return { electronVersion: String(electronVersion), abi, napi };
}

/** Reads a `.node` file: its format, machine, and the ABI it was built for. */
export function readNativeModule(file) {
  const buf = readFileSync(file);
  const bin = parseBinary(buf, file);
  const napiRegister = bin.exports.has('napi_register_module_v1');
  const versioned = [...bin.exports.keys()].map((name) => /^node_register_module_v(\d+)$/.exec(name)).find(Boolean);
  const base = { file, format: bin.format, arch: bin.arch };
  if (napiRegister) {
    const at = bin.exports.get('node_api_module_get_api_version_v1');
    if (at === undefined) return { ...base, kind: 'napi', napiVersion: NAPI_DEFAULT_MODULE_VERSION, napiVersionDeclared: false };
    const version = constantReturned(bin.codeAt(at), bin.arch);
    if (version === undefined) {
      throw new NativeModuleError(`${file}: a Node-API module whose node_api_module_get_api_version_v1 could not be read (${bin.format} ${bin.arch})`);
    }
    return { ...base, kind: 'napi', napiVersion: version, napiVersionDeclared: true };
  }
  if (versioned) return { ...base, kind: 'abi', abi: Number(versioned[1]) };
  throw new NativeModuleError(
    `${file}: exports neither napi_register_module_v1 nor node_register_module_v<N>, so the ABI it was built for cannot be read`,
  );
}

/** "Node-API 10" or "NODE_MODULE_VERSION 137", for messages. */
export function describeAbi(mod) {
  if (mod.kind === 'napi') return `Node-API ${mod.napiVersion}${mod.napiVersionDeclared ? '' : ' (no version exported: Node assumes 8)'}`;
  return `NODE_MODULE_VERSION ${mod.abi}`;
}

/** Every `.node` file under a folder. */
export function findNativeModules(dir) {
  const found = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) found.push(...findNativeModules(path));
    else if (entry.name.endsWith('.node')) found.push(path);
  }
  return found.sort();
}

/**
 * The after-pack check: every `.node` file in the packed app (appOutDir) must be a shared library for the
 * target platform and arch, and loadable by the packaged Electron; and better-sqlite3's binary must be
 * there (unpacked from the asar). Throws one NativeModuleError listing every problem; returns a line per
 * module otherwise.
 */
export function checkNativeModules({ appOutDir, platform, arch, electronVersion }) {
  const electron = electronNativeAbi(electronVersion);
  const files = findNativeModules(appOutDir);
  const problems = [];
  const lines = [];
  for (const file of files) {
    const name = relative(appOutDir, file);
    let mod;
    try {
      mod = readNativeModule(file);
    } catch (err) {
      problems.push(err instanceof NativeModuleError ? err.message.replace(file, name) : `${name}: ${err.message}`);
      continue;
    }
    const wantFormat = FORMAT_OF_PLATFORM[platform];
    if (mod.format !== wantFormat || mod.arch !== arch) {
      problems.push(`${name} is a ${mod.format} ${mod.arch} library, but this package is for ${platform} ${arch}`);
    } else if (mod.kind === 'napi' && mod.napiVersion > electron.napi) {
      problems.push(`${name} needs Node-API ${mod.napiVersion}, but Electron ${electron.electronVersion} provides Node-API ${electron.napi}`);
    } else if (mod.kind === 'abi' && mod.abi !== electron.abi) {
      problems.push(
        `${name} was built for NODE_MODULE_VERSION ${mod.abi}, but Electron ${electron.electronVersion} needs NODE_MODULE_VERSION ${electron.abi}` +
          ' (it was built for another runtime, e.g. for Node instead of Electron)',
      );
    } else {
      lines.push(`${name}: ${describeAbi(mod)}, loads in Electron ${electron.electronVersion} (NODE_MODULE_VERSION ${electron.abi}, Node-API ${electron.napi})`);
    }
  }
  if (!files.some((f) => /better-sqlite3[\\/](prebuilds|build[\\/]Release)[\\/][^\\/]+\.node$/.test(f))) {
    problems.push(`better-sqlite3's native module is missing from ${appOutDir} (it must be unpacked from the asar: asarUnpack "**/*.node")`);
  }
  if (problems.length > 0) {
    throw new NativeModuleError(`Native modules that the packaged Electron ${electron.electronVersion} cannot load:\n  - ${problems.join('\n  - ')}`);
  }
  return lines;
}

// ---- reading the binaries ------------------------------------------------------------------------------

function parseBinary(buf, file) {
  if (buf.length >= 4 && buf.readUInt32BE(0) === 0x7f454c46) return parseElf(buf, file);
  if (buf.length >= 64 && buf.readUInt16LE(0) === 0x5a4d) return parsePe(buf, file);
  const magic = buf.length >= 4 ? buf.readUInt32BE(0) : 0;
  if ([0xfeedface, 0xfeedfacf, 0xcefaedfe, 0xcffaedfe, 0xcafebabe].includes(magic)) {
    throw new NativeModuleError(`${file}: a Mach-O (macOS) library, which this check does not read (Loket is packaged for Windows and Linux)`);
  }
  throw new NativeModuleError(`${file}: not an ELF, PE or Mach-O shared library`);
}

function parseElf(buf, file) {
  const is64 = buf[4] === 2;
  if (buf[5] !== 1) throw new NativeModuleError(`${file}: a big-endian ELF file`);
  const u16 = (o) => buf.readUInt16LE(o);
  const u32 = (o) => buf.readUInt32LE(o);
  const addr = (o) => (is64 ? Number(buf.readBigUInt64LE(o)) : u32(o));
  const machine = u16(18);
  const arch = ELF_MACHINES[machine] ?? `machine 0x${machine.toString(16)}`;
  const shoff = addr(is64 ? 0x28 : 0x20);
  const shentsize = u16(is64 ? 0x3a : 0x2e);
  const shnum = u16(is64 ? 0x3c : 0x30);
  const sections = [];
  for (let i = 0; i < shnum; i++) {
    const h = shoff + i * shentsize;
    sections.push(
      is64
        ? { type: u32(h + 4), addr: addr(h + 16), offset: addr(h + 24), size: addr(h + 32), link: u32(h + 40), entsize: addr(h + 56) }
        : { type: u32(h + 4), addr: u32(h + 12), offset: u32(h + 16), size: u32(h + 20), link: u32(h + 24), entsize: u32(h + 36) },
    );
  }
  const dynsym = sections.find((s) => s.type === 11 /* SHT_DYNSYM */);
  if (!dynsym) throw new NativeModuleError(`${file}: an ELF file without a dynamic symbol table`);
  const strtab = sections[dynsym.link];
  const exports = new Map();
  const entsize = dynsym.entsize || (is64 ? 24 : 16);
  for (let o = dynsym.offset; o + entsize <= dynsym.offset + dynsym.size; o += entsize) {
    const nameOff = u32(o);
    const info = is64 ? buf[o + 4] : buf[o + 12];
    const shndx = is64 ? u16(o + 6) : u16(o + 14);
    const value = is64 ? Number(buf.readBigUInt64LE(o + 8)) : u32(o + 4);
    const bind = info >> 4;
    if (shndx === 0 || (bind !== 1 && bind !== 2 && bind !== 10)) continue; // undefined, or local
    const start = strtab.offset + nameOff;
    exports.set(buf.toString('latin1', start, buf.indexOf(0, start)), value);
  }
  const codeAt = (vaddr) => {
    const at = arch === 'armv7l' ? vaddr & ~1 : vaddr; // Thumb functions have the low bit set
    const s = sections.find((x) => x.type !== 8 /* SHT_NOBITS */ && x.addr !== 0 && at >= x.addr && at < x.addr + x.size);
    return s ? buf.subarray(s.offset + at - s.addr, Math.min(s.offset + s.size, s.offset + at - s.addr + 32)) : Buffer.alloc(0);
  };
  return { format: 'ELF', arch, exports, codeAt };
}

function parsePe(buf, file) {
  const pe = buf.readUInt32LE(0x3c);
  if (pe + 24 > buf.length || buf.readUInt32BE(pe) !== 0x50450000) throw new NativeModuleError(`${file}: an MZ file without a PE header`);
  const machine = buf.readUInt16LE(pe + 4);
  const arch = PE_MACHINES[machine] ?? `machine 0x${machine.toString(16)}`;
  const nsections = buf.readUInt16LE(pe + 6);
  const optSize = buf.readUInt16LE(pe + 20);
  const opt = pe + 24;
  const pe32plus = buf.readUInt16LE(opt) === 0x20b;
  const exportRva = buf.readUInt32LE(opt + (pe32plus ? 112 : 96));
  const sections = [];
  for (let i = 0; i < nsections; i++) {
    const h = opt + optSize + i * 40;
    sections.push({ vsize: buf.readUInt32LE(h + 8), va: buf.readUInt32LE(h + 12), rawSize: buf.readUInt32LE(h + 16), raw: buf.readUInt32LE(h + 20) });
  }
  const offsetOf = (rva) => {
    const s = sections.find((x) => rva >= x.va && rva < x.va + Math.max(x.vsize, x.rawSize));
    return s ? rva - s.va + s.raw : undefined;
  };
  const exports = new Map();
  const dir = exportRva ? offsetOf(exportRva) : undefined;
  if (dir !== undefined) {
    const nnames = buf.readUInt32LE(dir + 24);
    const functions = offsetOf(buf.readUInt32LE(dir + 28));
    const names = offsetOf(buf.readUInt32LE(dir + 32));
    const ordinals = offsetOf(buf.readUInt32LE(dir + 36));
    for (let i = 0; i < nnames && names !== undefined && ordinals !== undefined && functions !== undefined; i++) {
      const nameAt = offsetOf(buf.readUInt32LE(names + i * 4));
      if (nameAt === undefined) continue;
      const name = buf.toString('latin1', nameAt, buf.indexOf(0, nameAt));
      exports.set(name, buf.readUInt32LE(functions + buf.readUInt16LE(ordinals + i * 2) * 4));
    }
  }
  const codeAt = (rva) => {
    const o = offsetOf(rva);
    return o === undefined ? Buffer.alloc(0) : buf.subarray(o, Math.min(buf.length, o + 32));
  };
  return { format: 'PE', arch, exports, codeAt };
}

/**
 * The constant a tiny function returns: `node_api_module_get_api_version_v1` is `return NAPI_VERSION;`,
 * compiled to `mov eax, imm32; ret` on x86 (after an optional endbr and frame set-up) and
 * `mov w0, #imm; ret` on arm64.
 */
function constantReturned(code, arch) {
  if (arch === 'x64' || arch === 'ia32') {
    for (let i = 0; i + 6 <= code.length && i < 16; i++) {
      if (code[i] !== 0xb8) continue;
      const next = code[i + 5];
      if (next === 0xc3 || (next === 0x5d && code[i + 6] === 0xc3)) return code.readUInt32LE(i + 1);
    }
    return undefined;
  }
  if (arch === 'arm64') {
    for (let i = 0; i + 8 <= code.length && i < 16; i += 4) {
      const ins = code.readUInt32LE(i);
      if ((ins & 0xffe0001f) !== 0x52800000) continue; // movz w0, #imm16
      for (let j = i + 4; j + 4 <= code.length && j <= i + 12; j += 4) {
        if (code.readUInt32LE(j) === 0xd65f03c0) return (ins >> 5) & 0xffff; // ret
      }
    }
  }
  return undefined;
}
