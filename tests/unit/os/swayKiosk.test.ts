import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { chmodSync, chownSync, closeSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join, resolve } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { secureWindowOptions, WINDOW_TITLES } from '../../../src/main/shell/windowOptions';

/**
 * The Linux kiosk's compositor set-up, resources/os/linux: sway.conf (the compositor), kiosk.conf (this PC's
 * screen names and program), loket-kiosk.service and install-loket-kiosk.sh.
 *
 * - The shipped files agree with each other and with the packaging (paths, user, program), checked by
 *   running the install script into a scratch folder rather than by reading it.
 * - sway's own validator (`sway --validate`) accepts the configuration, and refuses a broken one.
 * - A headless sway with two screens, running the shipped configuration, places two stand-in windows (Chromium
 *   in app mode, which asks for full-screen as Electron's kiosk windows do) as it will place Loket's: the kiosk
 *   full-screen and focused on the touchscreen, the display full-screen on the TV, also when the display's
 *   title arrives after its window appeared; a wrong TV name hides the display rather than covering the kiosk;
 *   and sway exits when the program it started exits (so systemd restarts both).
 *
 * The sway checks need the sway package (CI installs it); they are skipped, saying so, only when sway is not
 * installed. The headless run also needs Chromium (installed for the end-to-end tests).
 */

const linuxDir = resolve('resources/os/linux');
const shipped = (name: string): string => readFileSync(join(linuxDir, name), 'utf8');
const swayConf = shipped('sway.conf');
const kioskConf = shipped('kiosk.conf');
const unit = shipped('loket-kiosk.service');
const installScript = join(linuxDir, 'install-loket-kiosk.sh');

function findBinary(name: string): string | null {
  const dirs = [...(process.env.PATH ?? '').split(delimiter), '/usr/local/bin', '/usr/bin', '/usr/sbin', '/bin', '/sbin'];
  for (const d of dirs) {
    const p = join(d, name);
    if (d && existsSync(p) && statSync(p).isFile()) return p;
  }
  return null;
}

const sway = findBinary('sway');
const swaymsg = findBinary('swaymsg');
const chromium = findBinary('chromium') ?? findBinary('chromium-browser');
const systemdAnalyze = findBinary('systemd-analyze');
const NO_SWAY = 'sway is not installed (apt-get install sway; CI installs it): the sway checks are skipped';
if (!sway) console.warn(`[tests/unit/os] ${NO_SWAY}`);
if (sway && !chromium) console.warn('[tests/unit/os] Chromium is not installed: the headless sway run is skipped');

/** sway refuses to run as root: as root the checks run it as nobody. */
const asRoot = process.getuid?.() === 0;
const NOBODY = 65534;
function unprivileged(cmd: string, args: string[]): [string, string[]] {
  return asRoot ? ['setpriv', ['--reuid=65534', '--regid=65534', '--clear-groups', '--', cmd, ...args]] : [cmd, args];
}
/** A scratch folder the unprivileged user owns. */
function scratch(prefix: string): string {
  const d = mkdtempSync(join(tmpdir(), prefix));
  if (asRoot) chownSync(d, NOBODY, NOBODY);
  chmodSync(d, 0o755);
  return d;
}
function writeFor(path: string, text: string, mode = 0o644): void {
  writeFileSync(path, text);
  chmodSync(path, mode);
  if (asRoot) chownSync(path, NOBODY, NOBODY);
}
const scratchDirs: string[] = [];
afterAll(() => {
  for (const d of scratchDirs) rmSync(d, { recursive: true, force: true });
});

/** The values of one key in the unit file (`Key=value` lines). */
function unitValues(key: string): string[] {
  return [...unit.matchAll(new RegExp(`^${key}=(.*)$`, 'gm'))].map((m) => m[1]!.trim());
}
function unitEnvironment(name: string): string | undefined {
  return unitValues('Environment')
    .map((v) => /^([A-Z_]+)=(.*)$/.exec(v))
    .find((m) => m?.[1] === name)?.[2];
}
function single(text: string, re: RegExp, what: string): string {
  const found = [...text.matchAll(new RegExp(re.source, 'gm'))];
  expect(found.map((m) => m[0]), `exactly one ${what}`).toHaveLength(1);
  return found[0]![1]!;
}

const execStart = single(unit, /^ExecStart=(.*)$/, 'ExecStart in loket-kiosk.service');
const unitSwayConfig = /--config\s+(\S+)/.exec(execStart)?.[1] ?? '';
const includePath = single(swayConf, /^include\s+(\S+)\s*$/, 'include line in sway.conf');
/** The window titles sway.conf's rules match: "^Loket Kiosk$" → Loket Kiosk. */
const ruleTitles = [...new Set([...swayConf.matchAll(/title="\^([^"$]+)\$"/g)].map((m) => m[1]!))];

/** A sway configuration with its include pointed at another kiosk.conf (the only change made for the checks). */
function including(config: string, kioskConfPath: string): string {
  const out = config.replace(/^include\s+\S+\s*$/m, `include ${kioskConfPath}`);
  expect(out, 'the configuration has an include line').not.toBe(config);
  return out;
}

function runInstall(args: string[], env: NodeJS.ProcessEnv = {}): { status: number | null; out: string } {
  const r = spawnSync('bash', [installScript, ...args], { encoding: 'utf8', env: { ...process.env, ...env } });
  return { status: r.status, out: `${r.stdout}${r.stderr}` };
}

describe('the shipped Linux kiosk files agree with each other', () => {
  it('the service starts sway with the shipped configuration, as the loket user, on tty1, restarted always', () => {
    expect(execStart).toMatch(/^\/usr\/bin\/sway\s/);
    expect(unitSwayConfig).toBe('/etc/loket/sway.conf');
    expect(unitValues('User')).toEqual(['loket']);
    expect(unitValues('TTYPath')).toEqual(['/dev/tty1']);
    expect(unitValues('Restart')).toEqual(['always']);
    expect(unitEnvironment('LOKET_SUPERVISED')).toBe('1');
    expect(unitEnvironment('WLR_LIBINPUT_NO_DEVICES')).toBe('1');
    expect(unit).not.toMatch(/\bcage\b/);
  });

  it('sway.conf starts the program the .deb installs, and exits when it exits', () => {
    const builder = readFileSync('electron-builder.yml', 'utf8');
    const productName = single(builder, /^productName:\s*(\S+)\s*$/, 'productName');
    const linuxBlock = /^linux:\n((?: {2}.*\n|\n)*)/m.exec(builder)?.[1] ?? '';
    const executable = /^ {2}executableName:\s*(\S+)/m.exec(linuxBlock)?.[1];
    const command = single(swayConf, /^set \$loket_command (.*)$/, 'set $loket_command');
    expect(command.split(/\s+/)[0]).toBe(`/opt/${productName}/${executable}`);
    expect(command).toContain('--ozone-platform=wayland');
    expect(single(swayConf, /^exec (.*)$/, 'exec line')).toBe(`sh -c '$loket_command; swaymsg exit'`);
  });

  it('sway.conf has no key bindings, no idle or lock program, no X server, and maps touch to the touchscreen', () => {
    expect(swayConf).not.toMatch(/^\s*(bindsym|bindcode|bindswitch|bindgesture|mode\s)/m);
    expect(swayConf).not.toMatch(/^\s*exec(_always)?\s.*(swayidle|swaylock)/m);
    expect(swayConf).toMatch(/^xwayland disable$/m);
    expect(swayConf).toMatch(/^input type:touch map_to_output \$loket_touch$/m);
    expect(swayConf).toMatch(/^workspace loket-kiosk output \$loket_touch$/m);
    expect(swayConf).toMatch(/^workspace loket-tv output \$loket_tv$/m);
    expect(ruleTitles.sort()).toEqual(['Loket Display', 'Loket Kiosk']);
  });

  it('the Electron windows carry the titles sway.conf matches, and pages cannot change them', () => {
    // The two windows share one Wayland app_id; sway tells them apart by title only.
    expect(ruleTitles.sort()).toEqual(Object.values(WINDOW_TITLES).sort());
    for (const role of ['kiosk', 'display'] as const) {
      expect(secureWindowOptions('/p.cjs', { production: true, role }).title).toBe(WINDOW_TITLES[role]);
    }
    const screenWindow = readFileSync(resolve('src/main/shell/screenWindow.ts'), 'utf8');
    expect(screenWindow, "screenWindow.ts keeps the page's <title> off the window title").toMatch(/win\.on\('page-title-updated', \(event\) => event\.preventDefault\(\)\)/);
  });

  it('the install script installs each file where the others look for it, and keeps what the technician edited', () => {
    const root = mkdtempSync(join(tmpdir(), 'loket-install-'));
    scratchDirs.push(root);
    const first = runInstall(['--root', root, '--touch', 'eDP-1', '--tv', 'HDMI-A-2']);
    expect(first.out).toContain(`Installed under ${root}`);
    expect(first.status).toBe(0);

    const at = (p: string): string => join(root, p);
    // the unit runs sway with the installed configuration, which includes the installed kiosk.conf
    expect(readFileSync(at('/etc/systemd/system/loket-kiosk.service'), 'utf8')).toBe(unit);
    expect(readFileSync(at(unitSwayConfig), 'utf8')).toBe(swayConf);
    expect(existsSync(at(includePath))).toBe(true);
    // the data folder and the configuration the unit points Loket at exist
    expect(statSync(at(unitEnvironment('LOKET_DATA_DIR') ?? '/missing')).isDirectory()).toBe(true);
    expect(readFileSync(at(unitEnvironment('LOKET_CONFIG') ?? '/missing'), 'utf8')).toBe(readFileSync('resources/office.example.json', 'utf8'));
    // the user the script creates is the one the unit runs as
    expect(single(readFileSync(installScript, 'utf8'), /^user=(\S+)$/, 'user= in the install script')).toBe(unitValues('User')[0]);
    // --touch/--tv set the screens; the deb's program stays sway.conf's default
    const site = readFileSync(at(includePath), 'utf8');
    expect(site).toMatch(/^set \$loket_touch eDP-1$/m);
    expect(site).toMatch(/^set \$loket_tv HDMI-A-2$/m);
    expect(site).not.toMatch(/^set \$loket_command /m);

    // Again, without options, after the technician edited kiosk.conf and office.json and someone sway.conf:
    writeFileSync(at(includePath), site.replace('set $loket_tv HDMI-A-2', 'set $loket_tv DP-1'));
    writeFileSync(at('/etc/loket/office.json'), '{"edited":true}');
    writeFileSync(at(unitSwayConfig), 'broken');
    expect(runInstall(['--root', root]).status).toBe(0);
    expect(readFileSync(at(includePath), 'utf8')).toMatch(/^set \$loket_tv DP-1$/m);
    expect(readFileSync(at('/etc/loket/office.json'), 'utf8')).toBe('{"edited":true}');
    expect(readFileSync(at(unitSwayConfig), 'utf8')).toBe(swayConf);
    expect(existsSync(at('/etc/asound.conf'))).toBe(false);

    // --tv-audio sends sound to the TV's ALSA device
    expect(runInstall(['--root', root, '--tv-audio', 'PCH,3']).status).toBe(0);
    expect(readFileSync(at('/etc/asound.conf'), 'utf8')).toContain('slave.pcm "dmix:CARD=PCH,DEV=3"');

    // --appimage puts the AppImage under the one name its updater keeps, and kiosk.conf starts it
    const appImage = join(root, 'Loket-2.0.0.AppImage');
    writeFileSync(appImage, 'AppImage');
    expect(runInstall(['--root', root, '--appimage', appImage]).status).toBe(0);
    expect(readFileSync(at('/opt/loket/Loket.AppImage'), 'utf8')).toBe('AppImage');
    expect(statSync(at('/opt/loket/Loket.AppImage')).mode & 0o111).not.toBe(0);
    expect(readFileSync(at(includePath), 'utf8')).toMatch(/^set \$loket_command \/opt\/loket\/Loket\.AppImage --ozone-platform=wayland$/m);
    expect(readFileSync(at(includePath), 'utf8')).toMatch(/^set \$loket_tv DP-1$/m);
  });

  it('the install script refuses screen names that are not names, and one screen for both', () => {
    const root = mkdtempSync(join(tmpdir(), 'loket-install-'));
    scratchDirs.push(root);
    for (const args of [
      ['--tv', 'HDMI-A-1; exec xterm'],
      ['--touch', 'HDMI-A-1', '--tv', 'HDMI-A-1'],
      ['--tv-audio', 'PCH'],
    ]) {
      const r = runInstall(['--root', root, ...args]);
      expect(r.status, r.out).toBe(2);
    }
    expect(runInstall(['--root', root, '--program', "/opt/x/loket'; reboot; '"]).status).toBe(2);
    expect(existsSync(join(root, 'etc/loket/kiosk.conf'))).toBe(false);
  });

  it('the install script lists the connected screens by the names sway uses, with the name in their EDID', () => {
    const sys = mkdtempSync(join(tmpdir(), 'loket-sys-'));
    scratchDirs.push(sys);
    const connector = (name: string, status: string, modes: string, edid?: Buffer): void => {
      mkdirSync(join(sys, 'drm', name), { recursive: true });
      writeFileSync(join(sys, 'drm', name, 'status'), `${status}\n`);
      writeFileSync(join(sys, 'drm', name, 'modes'), modes);
      if (edid) writeFileSync(join(sys, 'drm', name, 'edid'), edid);
    };
    const edid = Buffer.alloc(128);
    Buffer.from([0, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0]).copy(edid, 0);
    Buffer.concat([Buffer.from([0, 0, 0, 0xfc, 0]), Buffer.from('LG TV SSCR2\n ')]).copy(edid, 72);
    connector('card0-HDMI-A-1', 'connected', '1920x1080\n1280x720\n', edid);
    connector('card0-eDP-1', 'connected', '1366x768\n');
    connector('card0-DP-1', 'disconnected', '');
    mkdirSync(join(sys, 'asound', 'card0'), { recursive: true });
    writeFileSync(join(sys, 'asound', 'card0', 'id'), 'PCH\n');
    writeFileSync(join(sys, 'asound', 'pcm'), '00-00: ALC897 Analog : ALC897 Analog : playback 1 : capture 1\n00-03: HDMI 0 : HDMI 0 : playback 1\n');

    const r = runInstall(['--list'], { LOKET_DRM_DIR: join(sys, 'drm'), LOKET_ASOUND_DIR: join(sys, 'asound') });
    expect(r.status).toBe(0);
    expect(r.out).toMatch(/HDMI-A-1\s+connected\s+1920x1080\s+LG TV SSCR2\n/);
    expect(r.out).toMatch(/eDP-1\s+connected\s+1366x768/);
    expect(r.out).toMatch(/DP-1\s+disconnected/);
    expect(r.out).toMatch(/PCH,3\s+HDMI 0/);
    expect(r.out).toMatch(/PCH,0\s+ALC897 Analog/);
  });

  it('the install script passes bash -n and, where installed, shellcheck', () => {
    expect(spawnSync('bash', ['-n', installScript]).status).toBe(0);
    const shellcheck = findBinary('shellcheck');
    if (!shellcheck) return console.warn('[tests/unit/os] shellcheck is not installed: only bash -n ran');
    const r = spawnSync(shellcheck, [installScript], { encoding: 'utf8' });
    expect(r.stdout + r.stderr).toBe('');
    expect(r.status).toBe(0);
  });
});

/**
 * Runs `sway --validate` (headless: no screen or input device is touched) on a configuration text. sway 1.7
 * exits 0 even when an included file has errors (it only logs them), so its log counts too.
 */
function validate(config: string, site: string): { ok: boolean; out: string } {
  const d = scratch('loket-sway-check-');
  scratchDirs.push(d);
  const runtime = join(d, 'run');
  mkdirSync(runtime, { mode: 0o700 });
  if (asRoot) chownSync(runtime, NOBODY, NOBODY);
  writeFor(join(d, 'kiosk.conf'), site);
  writeFor(join(d, 'sway.conf'), including(config, join(d, 'kiosk.conf')));
  const [cmd, args] = unprivileged(sway!, ['--validate', '--config', join(d, 'sway.conf')]);
  const r = spawnSync(cmd, args, {
    encoding: 'utf8',
    timeout: 30_000,
    env: { PATH: process.env.PATH, HOME: d, XDG_RUNTIME_DIR: runtime, WLR_BACKENDS: 'headless', WLR_RENDERER: 'pixman', WLR_LIBINPUT_NO_DEVICES: '1' },
  });
  const out = `${r.stdout}${r.stderr}`;
  return { ok: r.status === 0 && !/Error on line|Error\(s\) loading config/.test(out), out };
}

describe.skipIf(!sway)("sway's own validator", () => {
  it('accepts the shipped sway.conf with the shipped kiosk.conf', () => {
    const r = validate(swayConf, kioskConf);
    expect(r.ok, r.out).toBe(true);
  });

  it('accepts the optional lines of kiosk.conf once they are uncommented', () => {
    const optional = kioskConf.replace(/^# ((?:output|input|set) .*?)(?:\s+#.*)?$/gm, '$1');
    expect(optional.match(/^(output|input|set \$loket_command) /gm)?.length ?? 0).toBeGreaterThanOrEqual(4);
    const r = validate(swayConf, optional);
    expect(r.ok, r.out).toBe(true);
  });

  it('refuses a broken configuration (the check is live)', () => {
    const broken = validate(`${swayConf}\nfor_window [title="(("] fullscreen enable\n`, kioskConf);
    expect(broken.ok).toBe(false);
    expect(broken.out).toMatch(/Error on line .*missing closing parenthesis/);
    // a typo in the technician's kiosk.conf (sway's exit status misses it; its log does not)
    const typo = validate(swayConf, `${kioskConf}\nset $loket_tv HDMI-A-2\noutpt $loket_tv mode 1920x1080\n`);
    expect(typo.ok).toBe(false);
    expect(typo.out).toMatch(/Error on line .*outpt/);
  });

  it.skipIf(!systemdAnalyze)('systemd-analyze verify accepts loket-kiosk.service (sway is where it runs it from)', () => {
    const d = mkdtempSync(join(tmpdir(), 'loket-unit-'));
    scratchDirs.push(d);
    copyFileSync(join(linuxDir, 'loket-kiosk.service'), join(d, 'loket-kiosk.service'));
    const r = spawnSync(systemdAnalyze!, ['verify', join(d, 'loket-kiosk.service')], { encoding: 'utf8', timeout: 30_000 });
    expect(r.stdout + r.stderr).not.toMatch(/loket-kiosk\.service/);
    expect(r.status, r.stdout + r.stderr).toBe(0);
  });
});

interface View {
  title: string;
  output: string;
  workspace: string;
  visible: boolean;
  fullscreen: boolean;
  focused: boolean;
}
interface TreeNode {
  type: string;
  name: string | null;
  pid?: number;
  focused: boolean;
  fullscreen_mode?: number;
  nodes?: TreeNode[];
  floating_nodes?: TreeNode[];
}

/** A headless sway with two screens (HEADLESS-1, HEADLESS-2) running the shipped sway.conf. */
class HeadlessSway {
  readonly dir = scratch('loket-sway-run-');
  private readonly runtime = join(this.dir, 'run');
  private proc: ChildProcess | null = null;
  exited: Promise<number | null> = Promise.resolve(null);

  constructor(site: string) {
    scratchDirs.push(this.dir);
    mkdirSync(this.runtime, { mode: 0o700 });
    if (asRoot) chownSync(this.runtime, NOBODY, NOBODY);
    for (const role of ['kiosk', 'display']) {
      const profile = join(this.dir, `profile-${role}`);
      mkdirSync(profile);
      if (asRoot) chownSync(profile, NOBODY, NOBODY);
    }
    // The kiosk page has its title from the start; the display page gets it 2.5 s after it appeared.
    writeFor(join(this.dir, 'kiosk.html'), '<!doctype html><title>Loket Kiosk</title><body style="background:#0b1f3a">kiosk');
    writeFor(
      join(this.dir, 'display.html'),
      '<!doctype html><title>Loket</title><script>setTimeout(() => { document.title = "Loket Display"; }, 2500)</script><body>display',
    );
    // Stands in for /opt/Loket/loket: the kiosk window, then the display window, as Loket opens them.
    const open = (role: string): string =>
      `${chromium} --ozone-platform=wayland --user-data-dir=${this.dir}/profile-${role} --no-first-run --no-default-browser-check ` +
      `--disable-gpu --password-store=basic --kiosk --app=file://${this.dir}/${role}.html >${this.dir}/profile-${role}/log 2>&1 &\n` +
      `echo $! >${this.dir}/profile-${role}/pid\n`;
    writeFor(join(this.dir, 'fake-loket.sh'), `#!/bin/sh\n${open('kiosk')}sleep 2\n${open('display')}wait\n`, 0o755);
    writeFor(join(this.dir, 'kiosk.conf'), `${site}\nset $loket_command ${this.dir}/fake-loket.sh\n`);
    writeFor(join(this.dir, 'sway.conf'), including(swayConf, join(this.dir, 'kiosk.conf')));
  }

  start(): void {
    const [cmd, args] = unprivileged(sway!, ['--config', join(this.dir, 'sway.conf')]);
    const log = openSync(join(this.dir, 'sway.log'), 'w');
    this.proc = spawn(cmd, args, {
      stdio: ['ignore', log, log],
      env: {
        PATH: process.env.PATH,
        HOME: this.dir,
        XDG_RUNTIME_DIR: this.runtime,
        WLR_BACKENDS: 'headless',
        WLR_RENDERER: 'pixman',
        WLR_HEADLESS_OUTPUTS: '2',
        WLR_LIBINPUT_NO_DEVICES: '1',
      },
    });
    closeSync(log);
    const proc = this.proc;
    this.exited = new Promise((done) => proc.once('exit', (code) => done(code)));
  }

  private socket(): string | null {
    const s = readdirSync(this.runtime).find((f) => f.startsWith('sway-ipc.') && f.endsWith('.sock'));
    return s ? join(this.runtime, s) : null;
  }

  private msg<T>(type: string): T {
    const [cmd, args] = unprivileged(swaymsg!, ['-s', this.socket() ?? '', '-r', '-t', type]);
    const r = spawnSync(cmd, args, { encoding: 'utf8', timeout: 10_000 });
    if (r.status !== 0) throw new Error(`swaymsg -t ${type}: ${r.stderr}`);
    return JSON.parse(r.stdout) as T;
  }

  views(): View[] {
    if (!this.socket()) return [];
    const visible = new Set(this.msg<{ name: string; visible: boolean }[]>('get_workspaces').filter((w) => w.visible).map((w) => w.name));
    const out: View[] = [];
    const walk = (n: TreeNode, output: string, workspace: string): void => {
      if (n.type === 'output') output = n.name ?? '';
      if (n.type === 'workspace') workspace = n.name ?? '';
      if (n.pid !== undefined) {
        out.push({ title: n.name ?? '', output, workspace, visible: visible.has(workspace), fullscreen: n.fullscreen_mode === 1, focused: n.focused });
      }
      for (const c of [...(n.nodes ?? []), ...(n.floating_nodes ?? [])]) walk(c, output, workspace);
    };
    walk(this.msg<TreeNode>('get_tree'), '', '');
    return out;
  }

  /** Polls sway until the windows reach the wanted state; fails with the last state seen after `timeout`. */
  settle(done: (views: View[]) => boolean, timeout = 45_000): Promise<View[]> {
    return vi.waitFor(
      () => {
        const views = this.views();
        if (!done(views)) throw new Error(`the windows did not settle: ${JSON.stringify(views)}`);
        return views;
      },
      { timeout, interval: 500 },
    );
  }

  /** Ends the stand-in program the way Loket exiting would: its windows' processes end. */
  endProgram(): void {
    for (const role of ['kiosk', 'display']) {
      const pidFile = join(this.dir, `profile-${role}`, 'pid');
      if (existsSync(pidFile)) {
        try {
          process.kill(Number(readFileSync(pidFile, 'utf8').trim()), 'SIGTERM');
        } catch {
          // already gone
        }
      }
    }
  }

  stop(): void {
    this.endProgram();
    this.proc?.kill('SIGTERM');
  }
}

const byTitle = (views: View[], title: string): View | undefined => views.find((v) => v.title === title);
const describeRun = describe.skipIf(!sway || !swaymsg || !chromium);

describeRun('a headless sway with two screens, running the shipped sway.conf', () => {
  it('puts the kiosk full-screen and focused on the touchscreen, the display full-screen on the TV, and exits with the program', async () => {
    const run = new HeadlessSway('set $loket_touch HEADLESS-1\nset $loket_tv HEADLESS-2');
    try {
      run.start();
      // Settled: both windows placed, and the focus back on the kiosk after the display opened.
      const views = await run.settle((v) => {
        const kiosk = byTitle(v, 'Loket Kiosk');
        const display = byTitle(v, 'Loket Display');
        return !!kiosk?.fullscreen && !!kiosk.focused && !!display?.fullscreen && display.output === 'HEADLESS-2';
      });
      expect(views.map(({ title, output, workspace, visible, fullscreen, focused }) => ({ title, output, workspace, visible, fullscreen, focused }))).toEqual(
        expect.arrayContaining([
          { title: 'Loket Kiosk', output: 'HEADLESS-1', workspace: 'loket-kiosk', visible: true, fullscreen: true, focused: true },
          { title: 'Loket Display', output: 'HEADLESS-2', workspace: 'loket-tv', visible: true, fullscreen: true, focused: false },
        ]),
      );
      expect(views).toHaveLength(2);

      // Loket exits: sway exits too, so that systemd starts both again.
      run.endProgram();
      let timer: NodeJS.Timeout | undefined;
      const deadline = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error('sway still runs 20 s after Loket exited')), 20_000);
      });
      try {
        expect(await Promise.race([run.exited, deadline])).toBe(0);
      } finally {
        clearTimeout(timer);
      }
    } finally {
      run.stop();
    }
  }, 90_000);

  it('with a TV name that matches no screen, hides the display window rather than covering the kiosk', async () => {
    const run = new HeadlessSway('set $loket_touch HEADLESS-1\nset $loket_tv HDMI-A-9');
    try {
      run.start();
      const views = await run.settle((v) => byTitle(v, 'Loket Display')?.workspace === 'loket-tv' && !!byTitle(v, 'Loket Kiosk')?.fullscreen && !!byTitle(v, 'Loket Kiosk')?.focused);
      const kiosk = byTitle(views, 'Loket Kiosk');
      const display = byTitle(views, 'Loket Display');
      expect(kiosk).toMatchObject({ output: 'HEADLESS-1', visible: true, fullscreen: true, focused: true });
      expect(display).toMatchObject({ workspace: 'loket-tv', visible: false });
    } finally {
      run.stop();
    }
  }, 90_000);
});
