/**
 * What the printer schema says about a wrong transport setting, in English for logs and API users. Each
 * key is also the rule of the issue (validation/issueRules.ts) the settings screen words in its language.
 */
export const PRINTER_PROBLEMS = {
  hostEmpty: "the printer's IP address or host name is empty",
  host: 'must be an IP address such as "192.168.1.50" or a host name such as "printer-loket.lan"',
  hostOutsideOffice:
    'is not on the office network: a printer address must be in 192.168.x.x, 10.x.x.x, 172.16.x.x–172.31.x.x, 169.254.x.x, fc00::/7 or fe80::/10, or be this PC (127.x.x.x, ::1)',
  port: 'must be a TCP port (1–65535), usually 9100',
  devicePathEmpty: 'the device path is empty, e.g. "/dev/usb/lp0"',
  devicePath: 'must be a printer or serial port device: /dev/usb/lp0 (USB printer), /dev/ttyUSB0 or /dev/ttyACM0 (USB serial), /dev/ttyS0 (serial port)',
  printerNameEmpty: 'the Windows printer name is empty (as shown in "Printers & scanners")',
  printerNameControl: 'the printer name contains control characters',
} as const;

export type PrinterProblem = keyof typeof PRINTER_PROBLEMS;

/** The sentence a Windows printer name that is not installed gets, when settings are saved on Windows. */
export function printerNotInstalledProblem(name: string, installed: readonly string[]): string {
  const list = installed.length === 0 ? 'no printer is installed' : `installed: ${installed.map((n) => `"${n}"`).join(', ')}`;
  return `"${name}" is not a printer installed on this PC (${list})`;
}
