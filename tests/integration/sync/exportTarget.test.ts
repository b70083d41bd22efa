import { mkdirSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkExportFolder } from '../../../src/main/sync/exportTarget';
import type { RemovableRootOf } from '../../../src/main/sync/removableMedia';
import { LoketError } from '../../../src/shared/api/errors';
import { OfficeHarness } from '../../helpers/officeHarness';
import { makeTempDir } from '../../helpers/tempDir';
import { testConfig } from '../../helpers/testConfig';

const RULE = 'the USB file is written only to removable media (a USB stick) or to a folder listed in the configuration (sync.exportFolders)';

let dir: ReturnType<typeof makeTempDir>;
let h: OfficeHarness | undefined;
afterEach(() => {
  h?.close();
  h = undefined;
  dir.remove();
});

/** A PC with a configured export folder, a "USB stick" mount, and the home folder an attacker wants. */
function places() {
  dir = makeTempDir('loket-export-');
  const configured = join(dir.path, 'ekspor');
  const stick = join(dir.path, 'media', 'kiosk', 'STICK');
  const home = join(dir.path, 'home', 'kiosk');
  for (const d of [join(configured, 'van'), stick, home]) mkdirSync(d, { recursive: true });
  symlinkSync(home, join(stick, 'profil'));
  symlinkSync(home, join(configured, 'pintas'));
  writeFileSync(join(configured, 'catatan.txt'), 'x');
  const removable: RemovableRootOf = async (real) => (real === stick || real.startsWith(`${stick}/`) ? stick : null);
  return { configured, stick, home, removable };
}

async function refusal(directory: string, configured: string[], removable: RemovableRootOf): Promise<string> {
  const err = await checkExportFolder(directory, configured, removable).then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(LoketError);
  expect((err as LoketError).code).toBe('bad_request');
  return (err as LoketError).problems?.[0] ?? '';
}

describe('where the USB file may be written', () => {
  it('accepts a configured folder or one inside it, and a folder on removable media', async () => {
    const { configured, stick, removable } = places();
    expect(await checkExportFolder(configured, [configured], removable)).toBe(configured);
    expect(await checkExportFolder(join(configured, 'van'), [configured], removable)).toBe(join(configured, 'van'));
    expect(await checkExportFolder(join(configured, 'van', '..'), [configured], removable)).toBe(configured);
    expect(await checkExportFolder(stick, [], removable)).toBe(stick);
  });

  it('refuses any other folder, naming the rule', async () => {
    const { configured, home, removable } = places();
    expect(await refusal(home, [configured], removable)).toBe(`directory: "${home}" is neither on removable media nor in a configured export folder; ${RULE}`);
    expect(await refusal('/etc', [configured], removable)).toMatch(/^directory: "\/etc" is neither on removable media/);
  });

  it('judges links and ".." by where they really lead', async () => {
    const { configured, stick, home, removable } = places();
    expect(await refusal(join(stick, 'profil'), [configured], removable)).toBe(
      `directory: "${join(stick, 'profil')}" (really "${home}") is neither on removable media nor in a configured export folder; ${RULE}`,
    );
    expect(await refusal(join(configured, 'pintas'), [configured], removable)).toContain(`(really "${home}")`);
    expect(await refusal(`${configured}/../home/kiosk`, [configured], removable)).toContain('is neither on removable media');
  });

  it('refuses a folder that does not exist, a file, and a relative path', async () => {
    const { configured, removable } = places();
    expect(await refusal(join(configured, 'baru'), [configured], removable)).toBe(
      `directory: the folder "${join(configured, 'baru')}" does not exist (is the USB stick plugged in?); ${RULE}`,
    );
    expect(await refusal(join(configured, 'catatan.txt'), [configured], removable)).toContain('is not a folder');
    expect(await refusal('ekspor', [configured], removable)).toContain('"ekspor" is not an absolute folder path');
  });
});

describe('sync.exportFile', () => {
  it('writes nothing to a folder outside the rule, and lets a configured one through', async () => {
    const { configured, home } = places();
    h = new OfficeHarness(testConfig({ sync: { exportFolders: [configured] } }));
    const refused = await h.failAsync('sync.exportFile', { directory: home });
    expect(refused.status).toBe(400);
    expect(refused.error.problems?.[0]).toContain(RULE);
    expect(readdirSync(home)).toEqual([]);
    // Past the folder check, the (not enrolled) kiosk has nothing to sign yet.
    const allowed = await h.failAsync('sync.exportFile', { directory: configured });
    expect(allowed.error.code).toBe('wrong_state');
  });
});
