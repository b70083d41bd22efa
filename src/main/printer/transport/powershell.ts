/** How Loket runs its PowerShell scripts on Windows. */

export interface WindowsCommand {
  file: string;
  args: string[];
}

/**
 * Windows PowerShell (present on every Windows 10/11) without the user's profile, prompts or the
 * execution policy, which would refuse an unsigned script. The script goes in -EncodedCommand, so no
 * part of it passes through command-line quoting.
 */
export function powerShellCommand(script: string): WindowsCommand {
  return {
    file: 'powershell.exe',
    args: ['-NoLogo', '-NoProfile', '-NonInteractive', '-ExecutionPolicy', 'Bypass', '-EncodedCommand', Buffer.from(script, 'utf16le').toString('base64')],
  };
}
