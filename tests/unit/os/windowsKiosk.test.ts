import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

/**
 * resources/os/windows: what can be checked without Windows. The scripts agree with the packaging (where
 * the per-user installer puts Loket.exe), with Loket's own defaults (the LAN port) and with each other
 * (user, task); the firewall rule covers every profile but only the LAN port, Loket.exe and the local
 * subnet. The C# the install script compiles (displays, default sound device) is compiled here with
 * Mono's C# 5 compiler, the language level of Windows PowerShell 5.1's Add-Type, when Mono is installed,
 * and its Win32 structures must have Windows' sizes. PowerShell itself does not run here.
 */

const install = readFileSync('resources/os/windows/Install-LoketKiosk.ps1', 'utf8');
const uninstall = readFileSync('resources/os/windows/Uninstall-LoketKiosk.ps1', 'utf8');
const builder = readFileSync('electron-builder.yml', 'utf8');
const packageName = (JSON.parse(readFileSync('package.json', 'utf8')) as { name: string }).name;

/** A param() default: `[string]$UserName = 'loket'` → loket. */
function paramDefault(script: string, name: string): string | undefined {
  return new RegExp(`\\$${name}\\s*=\\s*(?:@\\()?'?([^'),\\n]*)'?`).exec(script.slice(script.indexOf('param(')))?.[1];
}
/** A PowerShell command with its backtick-continued lines joined. */
function command(script: string, name: string): string {
  const joined = script.replace(/`\r?\n\s*/g, ' ');
  const line = joined.split('\n').find((l) => l.trimStart().startsWith(`${name} `));
  expect(line, `${name} in the script`).toBeDefined();
  return line!;
}

const scratch: string[] = [];
afterAll(() => {
  for (const d of scratch) rmSync(d, { recursive: true, force: true });
});

describe('the Windows kiosk scripts', () => {
  it("look for Loket.exe where the per-user installer puts it: the kiosk user's %LOCALAPPDATA%\\Programs\\<package name>", () => {
    // electron-builder installs a one-click per-user NSIS build into $LOCALAPPDATA\Programs\<sanitized package name>
    expect(/^nsis:\n(?: {2}.*\n)*? {2}perMachine: false$/m.test(builder)).toBe(true);
    expect(/^nsis:\n(?: {2}.*\n)*? {2}oneClick: true$/m.test(builder)).toBe(true);
    expect(install).toContain(`$InstallDir = Join-Path $profileDir 'AppData\\Local\\Programs\\${packageName}'`);
    const winExe = /^win:\n(?: {2}.*\n)*? {2}executableName: (\S+)$/m.exec(builder)?.[1];
    expect(install).toContain(`$loketExe = Join-Path $InstallDir '${winExe}.exe'`);
    expect(install).not.toContain('Program Files');
  });

  it("open Loket's own LAN port, to Loket.exe only, from the local subnet, in the Domain, Private and Public profiles", () => {
    const environment = readFileSync('src/main/environment.ts', 'utf8');
    const loketDefault = /LOKET_PORT === undefined \? (\d+)/.exec(environment)?.[1];
    expect(paramDefault(install, 'Port')).toBe(loketDefault);
    expect(paramDefault(install, 'RemoteAddress')).toBe('LocalSubnet');
    const rule = command(install, 'New-NetFirewallRule');
    expect(rule).toMatch(/-Direction Inbound -Action Allow -Protocol TCP -LocalPort \$Port -Program \$loketExe -RemoteAddress \$RemoteAddress/);
    expect(rule).toMatch(/-Profile Domain, Private, Public\b/);
    // the old hand-made Private-only rule and the Block rules of a cancelled prompt go first
    expect(install).toMatch(/Get-NetFirewallRule -DisplayName 'Loket' .*\| Remove-NetFirewallRule/);
    expect(install).toMatch(/Get-NetFirewallApplicationFilter -Program \$loketExe[^\n]*\| Get-NetFirewallRule \|\s*\n\s*Where-Object \{ \$_\.Direction -eq 'Inbound' -and \$_\.Action -eq 'Block' \} \| Remove-NetFirewallRule/);
    expect(install).toMatch(/SetEnvironmentVariable\('LOKET_HOST', '0\.0\.0\.0', 'Machine'\)/);
  });

  it('set Windows Update active hours in the policy and in the Settings app, within the 18 hours Windows allows', () => {
    expect(install).toMatch(/\$wuPolicy = 'HKLM:\\SOFTWARE\\Policies\\Microsoft\\Windows\\WindowsUpdate'/);
    expect(install).toMatch(/\$wuSettings = 'HKLM:\\SOFTWARE\\Microsoft\\WindowsUpdate\\UX\\Settings'/);
    for (const [key, name] of [
      ['wuPolicy', 'SetActiveHours'],
      ['wuPolicy', 'ActiveHoursStart'],
      ['wuPolicy', 'ActiveHoursEnd'],
      ['wuSettings', 'ActiveHoursStart'],
      ['wuSettings', 'ActiveHoursEnd'],
    ]) {
      expect(install).toMatch(new RegExp(`Set-RegistryValue \\$${key} '${name}' `));
    }
    const start = Number(paramDefault(install, 'ActiveHoursStart'));
    const end = Number(paramDefault(install, 'ActiveHoursEnd'));
    expect((end - start + 24) % 24).toBeLessThanOrEqual(18);
    // the example office's opening hours, with the update margin Loket keeps around them, fall inside them
    const example = JSON.parse(readFileSync('resources/office.example.json', 'utf8')) as { office: { openingHours: Record<string, string[]> } };
    const ranges = Object.values(example.office.openingHours).flat();
    expect(ranges.length).toBeGreaterThan(0);
    for (const range of ranges) {
      const [from, to] = range.split('-').map((t) => Number(t.slice(0, 2)) + Number(t.slice(3, 5)) / 60);
      expect(from! - 1, range).toBeGreaterThanOrEqual(start);
      expect(to! + 1, range).toBeLessThanOrEqual(end);
    }
  });

  it('agree with each other on the kiosk user, the scheduled task and what the uninstall undoes', () => {
    expect(paramDefault(uninstall, 'UserName')).toBe(paramDefault(install, 'UserName'));
    const taskPath = /\$taskPath = '([^']+)'/.exec(install)?.[1];
    const taskName = /\$taskName = '([^']+)'/.exec(install)?.[1];
    expect(uninstall).toContain(`Unregister-ScheduledTask -TaskPath '${taskPath}' -TaskName '${taskName}'`);
    expect(uninstall).toContain('HideFastUserSwitching');
    expect(uninstall).toContain('RemoveCustomShell');
    expect(uninstall).toMatch(/AutoAdminLogon -Value '0'/);
    // the fallback's task runs without a time limit (the default ends a task after 3 days)
    expect(install).toMatch(/New-ScheduledTaskSettingsSet -ExecutionTimeLimit \(\[TimeSpan\]::Zero\)/);
  });
});

const mcs = ['/usr/bin/mcs', '/usr/local/bin/mcs'].find((p) => existsSync(p));
const mono = ['/usr/bin/mono', '/usr/local/bin/mono'].find((p) => existsSync(p));
if (!mcs || !mono) console.warn("[tests/unit/os] Mono's mcs is not installed: the install script's C# is not compiled here");

describe.skipIf(!mcs || !mono)("the install script's C# (Add-Type)", () => {
  it("compiles as C# 5, and its Win32 structures and COM interface have Windows' layout", () => {
    const source = /Add-Type -TypeDefinition @'\r?\n([\s\S]*?)\r?\n'@/.exec(install)?.[1];
    expect(source).toBeDefined();
    const d = mkdtempSync(join(tmpdir(), 'loket-cs-'));
    scratch.push(d);
    writeFileSync(join(d, 'kiosk.cs'), source!);
    const lib = spawnSync(mcs!, ['-langversion:5', '-target:library', `-out:${join(d, 'kiosk.dll')}`, join(d, 'kiosk.cs')], { encoding: 'utf8' });
    expect(lib.status, lib.stdout + lib.stderr).toBe(0);
    writeFileSync(
      join(d, 'layout.cs'),
      `using System; using System.Reflection; using System.Runtime.InteropServices;
class Layout { static void Main(string[] args) {
  Assembly a = Assembly.LoadFrom(args[0]);
  Console.WriteLine(Marshal.SizeOf(a.GetType("LoketKiosk.Displays+DEVMODE", true)));
  Console.WriteLine(Marshal.SizeOf(a.GetType("LoketKiosk.Displays+DISPLAY_DEVICE", true)));
  Console.WriteLine(Array.IndexOf(Array.ConvertAll(a.GetType("LoketKiosk.IPolicyConfig", true).GetMethods(), m => m.Name), "SetDefaultEndpoint"));
}}`,
    );
    const exe = spawnSync(mcs!, [`-out:${join(d, 'layout.exe')}`, join(d, 'layout.cs')], { encoding: 'utf8' });
    expect(exe.status, exe.stdout + exe.stderr).toBe(0);
    const run = spawnSync(mono!, [join(d, 'layout.exe'), join(d, 'kiosk.dll')], { encoding: 'utf8' });
    expect(run.status, run.stderr).toBe(0);
    // sizeof(DEVMODEW) and sizeof(DISPLAY_DEVICEW) on Windows; SetDefaultEndpoint is the 11th method after IUnknown's
    expect(run.stdout.trim().split(/\s+/)).toEqual(['220', '840', '10']);
  });
});
