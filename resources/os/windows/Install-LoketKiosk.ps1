<#
.SYNOPSIS
  Sets up a Windows 10/11 mini-PC as a Loket kiosk. Run it as an administrator, after Loket has been
  installed for the kiosk user (sign in once as that user and run "Loket Setup x.y.z.exe"). Safe to run
  again: every step checks or replaces what an earlier run did.

.DESCRIPTION
  1. The kiosk user (a standard user, never an administrator), created with -Password; an existing one's
     password must be -Password (-ResetPassword sets a new one; then enrol with the city server again).
  2. The data folder C:\ProgramData\Loket with office.json, writable by the kiosk user, and the machine
     settings LOKET_DATA_DIR, LOKET_CONFIG, LOKET_SUPERVISED=1 and LOKET_HOST=0.0.0.0.
  3. The firewall: inbound TCP on the LAN port, to Loket.exe only, from the local subnet only, in the
     Domain, Private and Public profiles (a network Windows has not been told about is Public). Block rules
     for Loket.exe left by someone answering Windows' firewall prompt with "Cancel" are removed.
  4. Power: the PC and the screens never sleep on mains power.
  5. Windows Update active hours (-ActiveHoursStart/-ActiveHoursEnd): no update restart during office hours.
  6. Screens: "Extend these displays", and the touchscreen as the main display when -TouchDisplay names it.
     Without -TouchDisplay it lists the displays, so you can pick it.
  7. Sound: the TV as the default playback device when -TvAudio names it. Without -TvAudio it lists the
     playback devices.
  8. Automatic sign-in of the kiosk user after every start or power cut.
  9. The kiosk user's restrictions (policies): no Task Manager, no Lock, no password change, no screen saver,
     no notifications; for everyone: no touchscreen edge swipes.
 10. How Loket runs:
     - Windows 10/11 Enterprise, Education or IoT Enterprise: Shell Launcher makes Loket the kiosk user's
       shell (no desktop, no taskbar, no Start) and restarts it whenever it exits.
     - Windows 10/11 Pro (no Shell Launcher), or -StartupFallback: the desktop runs, and a scheduled task
       starts Loket at the kiosk user's sign-in and restarts it 3 s after it exits; Windows-key shortcuts
       and "Switch user" are turned off.
  What it cannot do (docs/install-windows.md): map touch to the touchscreen (Tablet PC Settings),
  the TV's own settings (eco/auto power-off, HDMI-CEC), and the BIOS's "Restore on AC power loss".

.EXAMPLE
  # In PowerShell as administrator, in <the kiosk user's folder>\AppData\Local\Programs\loket\resources\os\windows:
  Set-ExecutionPolicy -Scope Process Bypass
  .\Install-LoketKiosk.ps1 -Password (Read-Host -AsSecureString "Password for the loket user")
  .\Install-LoketKiosk.ps1 -Password (Read-Host -AsSecureString "Password") -TouchDisplay '\\.\DISPLAY2' -TvAudio 'LG TV'
#>
#Requires -RunAsAdministrator
[CmdletBinding()]
param(
  [Parameter(Mandatory = $true)][SecureString]$Password,
  [string]$UserName = 'loket',
  # Where Loket is installed; default: the kiosk user's %LOCALAPPDATA%\Programs\loket (the per-user installer's folder).
  [string]$InstallDir = '',
  [string]$DataDir = "$env:ProgramData\Loket",
  # The LAN port (LOKET_PORT; Loket's default is 5170) and who may reach it.
  [ValidateRange(1, 65535)][int]$Port = 5170,
  [string[]]$RemoteAddress = @('LocalSubnet'),
  # Windows Update does not restart the PC between these hours (0-23, at most 18 hours apart).
  [ValidateRange(0, 23)][int]$ActiveHoursStart = 6,
  [ValidateRange(0, 23)][int]$ActiveHoursEnd = 20,
  # The touchscreen's display name as this script lists it, e.g. \\.\DISPLAY2.
  [string]$TouchDisplay = '',
  # Part of the TV's playback device name as this script lists it, e.g. 'LG TV' or 'Intel(R) Display Audio'.
  [string]$TvAudio = '',
  # Use the scheduled-task fallback even where Shell Launcher is available.
  [switch]$StartupFallback,
  # Set -Password as the existing kiosk user's new password (otherwise it must be its current password).
  [switch]$ResetPassword
)
$ErrorActionPreference = 'Stop'

function Set-RegistryValue([string]$Path, [string]$Name, $Value, [string]$Type = 'DWord') {
  # New-Item -Force on an existing key would not keep its values: create the key only when it is missing.
  if (-not (Test-Path $Path)) { New-Item -Path $Path -Force | Out-Null }
  New-ItemProperty -Path $Path -Name $Name -Value $Value -PropertyType $Type -Force | Out-Null
}

$span = ($ActiveHoursEnd - $ActiveHoursStart + 24) % 24
if ($span -lt 1 -or $span -gt 18) { throw "Active hours must span 1 to 18 hours (Windows' limit); $ActiveHoursStart-$ActiveHoursEnd spans $span." }

# 1. The kiosk user: a standard user (member of Users, not of Administrators; well-known SIDs, so this also
#    works on a Windows in Indonesian, where the groups have other names).
$usersGroup = 'S-1-5-32-545'
$adminsGroup = 'S-1-5-32-544'
$account = Get-LocalUser -Name $UserName -ErrorAction SilentlyContinue
if (-not $account) {
  $account = New-LocalUser -Name $UserName -Password $Password -PasswordNeverExpires -AccountNeverExpires -Description 'Loket kiosk'
  Write-Host "Created the standard user $UserName."
} elseif ($ResetPassword) {
  Set-LocalUser -Name $UserName -Password $Password -PasswordNeverExpires $true
  Write-Host "Set a new password for $UserName. Enrol the kiosk with the city server again: Windows cannot open secrets it kept for the old password."
} else {
  # Resetting a password makes what Windows encrypted for the user (Loket's city-sync key) unreadable, so an
  # existing user's password is only checked, for the automatic sign-in.
  Add-Type -AssemblyName System.DirectoryServices.AccountManagement
  $bstr = [Runtime.InteropServices.Marshal]::SecureStringToBSTR($Password)
  try {
    $machine = New-Object System.DirectoryServices.AccountManagement.PrincipalContext([System.DirectoryServices.AccountManagement.ContextType]::Machine)
    $valid = $machine.ValidateCredentials($UserName, [Runtime.InteropServices.Marshal]::PtrToStringBSTR($bstr))
  } finally { [Runtime.InteropServices.Marshal]::ZeroFreeBSTR($bstr) }
  if (-not $valid) { throw "That is not $UserName's password. Give the right one, or add -ResetPassword to set a new one." }
  Set-LocalUser -Name $UserName -PasswordNeverExpires $true
}
Add-LocalGroupMember -SID $usersGroup -Member $UserName -ErrorAction SilentlyContinue
$sid = $account.SID.Value
$isAdmin = $false
try { $isAdmin = [bool](Get-LocalGroupMember -SID $adminsGroup -ErrorAction Stop | Where-Object { $_.SID.Value -eq $sid }) }
catch { Write-Warning "Could not check whether $UserName is an administrator ($_). It must not be: check in Computer Management." }
if ($isAdmin) {
  Remove-LocalGroupMember -SID $adminsGroup -Member $UserName
  Write-Host "Removed $UserName from the administrators: the kiosk runs as a standard user."
}
$profileDir = (Get-CimInstance Win32_UserProfile | Where-Object SID -eq $sid).LocalPath

if (-not $InstallDir) {
  if (-not $profileDir) {
    throw "$UserName has never signed in. Sign in once as $UserName, run the Loket installer there, sign out, then run this again."
  }
  $InstallDir = Join-Path $profileDir 'AppData\Local\Programs\loket'
}
$loketExe = Join-Path $InstallDir 'Loket.exe'
if (-not (Test-Path $loketExe)) { throw "Loket is not installed at $loketExe. Sign in as $UserName and run the Loket installer, or pass -InstallDir." }

# 2. The data folder, shared by every Loket start and kept by updates, writable by the kiosk user.
New-Item -ItemType Directory -Force -Path $DataDir | Out-Null
& icacls.exe $DataDir /grant "*${sid}:(OI)(CI)M" | Out-Null
if ($LASTEXITCODE -ne 0) { throw "icacls could not give $UserName access to $DataDir." }
if (-not (Test-Path "$DataDir\office.json")) {
  Copy-Item (Join-Path $InstallDir 'resources\office.example.json') "$DataDir\office.json"
  Write-Host "Created $DataDir\office.json from the example: edit it for this office."
}
[Environment]::SetEnvironmentVariable('LOKET_DATA_DIR', $DataDir, 'Machine')
[Environment]::SetEnvironmentVariable('LOKET_CONFIG', "$DataDir\office.json", 'Machine')
[Environment]::SetEnvironmentVariable('LOKET_SUPERVISED', '1', 'Machine')
[Environment]::SetEnvironmentVariable('LOKET_HOST', '0.0.0.0', 'Machine')
[Environment]::SetEnvironmentVariable('LOKET_PORT', $(if ($Port -eq 5170) { $null } else { "$Port" }), 'Machine')

# 3. The firewall.
$ruleName = 'Loket-LAN'
Get-NetFirewallRule -Name $ruleName -ErrorAction SilentlyContinue | Remove-NetFirewallRule
# The rule earlier instructions created by hand (Private profile only).
Get-NetFirewallRule -DisplayName 'Loket' -ErrorAction SilentlyContinue | Remove-NetFirewallRule
# Block rules win over Allow rules: remove any Windows made for Loket.exe when its prompt was cancelled.
Get-NetFirewallApplicationFilter -Program $loketExe -ErrorAction SilentlyContinue | Get-NetFirewallRule |
  Where-Object { $_.Direction -eq 'Inbound' -and $_.Action -eq 'Block' } | Remove-NetFirewallRule
New-NetFirewallRule -Name $ruleName -DisplayName "Loket LAN (TCP $Port)" -Description 'Counter PCs, the monitor and paired devices reach the Loket kiosk.' `
  -Direction Inbound -Action Allow -Protocol TCP -LocalPort $Port -Program $loketExe -RemoteAddress $RemoteAddress `
  -Profile Domain, Private, Public | Out-Null
Write-Host "Firewall: TCP $Port to $loketExe from $($RemoteAddress -join ', '), in the Domain, Private and Public profiles."

# 4. Power (mains): never sleep, hibernate or turn the screens off. Loket also keeps the screens awake itself.
foreach ($setting in 'standby-timeout-ac', 'hibernate-timeout-ac', 'monitor-timeout-ac') { & powercfg.exe /change $setting 0 }

# 5. Windows Update active hours, as a policy (so "adjust active hours automatically" cannot move them) and
#    in the Settings app's own place.
$wuPolicy = 'HKLM:\SOFTWARE\Policies\Microsoft\Windows\WindowsUpdate'
Set-RegistryValue $wuPolicy 'SetActiveHours' 1
Set-RegistryValue $wuPolicy 'ActiveHoursStart' $ActiveHoursStart
Set-RegistryValue $wuPolicy 'ActiveHoursEnd' $ActiveHoursEnd
$wuSettings = 'HKLM:\SOFTWARE\Microsoft\WindowsUpdate\UX\Settings'
Set-RegistryValue $wuSettings 'ActiveHoursStart' $ActiveHoursStart
Set-RegistryValue $wuSettings 'ActiveHoursEnd' $ActiveHoursEnd
Write-Host ("Windows Update active hours: {0:00}:00-{1:00}:00 (no update restart in between)." -f $ActiveHoursStart, $ActiveHoursEnd)

# 6. Screens. Windows keeps this arrangement for this pair of screens, for every user.
if (-not ('LoketKiosk.Displays' -as [type])) {
Add-Type -TypeDefinition @'
using System;
using System.Collections.Generic;
using System.Runtime.InteropServices;

namespace LoketKiosk {
  public class Display {
    public string Name;
    public string MonitorId;
    public int X, Y, Width, Height;
    public bool Primary;
  }

  public static class Displays {
    [StructLayout(LayoutKind.Sequential, CharSet = CharSet.Unicode)]
    struct DISPLAY_DEVICE {
      public int cb;
      [MarshalAs(UnmanagedType.ByValTStr, SizeConst = 32)] public string DeviceName;
      [MarshalAs(UnmanagedType.ByValTStr, SizeConst = 128)] public string DeviceString;
      public int StateFlags;
      [MarshalAs(UnmanagedType.ByValTStr, SizeConst = 128)] public string DeviceID;
      [MarshalAs(UnmanagedType.ByValTStr, SizeConst = 128)] public string DeviceKey;
    }

    [StructLayout(LayoutKind.Sequential, CharSet = CharSet.Unicode)]
    struct DEVMODE {
      [MarshalAs(UnmanagedType.ByValTStr, SizeConst = 32)] public string dmDeviceName;
      public short dmSpecVersion;
      public short dmDriverVersion;
      public short dmSize;
      public short dmDriverExtra;
      public int dmFields;
      public int dmPositionX;
      public int dmPositionY;
      public int dmDisplayOrientation;
      public int dmDisplayFixedOutput;
      public short dmColor;
      public short dmDuplex;
      public short dmYResolution;
      public short dmTTOption;
      public short dmCollate;
      [MarshalAs(UnmanagedType.ByValTStr, SizeConst = 32)] public string dmFormName;
      public short dmLogPixels;
      public int dmBitsPerPel;
      public int dmPelsWidth;
      public int dmPelsHeight;
      public int dmDisplayFlags;
      public int dmDisplayFrequency;
      public int dmICMMethod;
      public int dmICMIntent;
      public int dmMediaType;
      public int dmDitherType;
      public int dmReserved1;
      public int dmReserved2;
      public int dmPanningWidth;
      public int dmPanningHeight;
    }

    [DllImport("user32.dll", CharSet = CharSet.Unicode)]
    static extern bool EnumDisplayDevices(string device, uint index, ref DISPLAY_DEVICE info, uint flags);
    [DllImport("user32.dll", CharSet = CharSet.Unicode)]
    static extern bool EnumDisplaySettings(string device, int mode, ref DEVMODE devMode);
    [DllImport("user32.dll", CharSet = CharSet.Unicode)]
    static extern int ChangeDisplaySettingsEx(string device, ref DEVMODE devMode, IntPtr hwnd, uint flags, IntPtr param);
    [DllImport("user32.dll", CharSet = CharSet.Unicode)]
    static extern int ChangeDisplaySettingsEx(string device, IntPtr devMode, IntPtr hwnd, uint flags, IntPtr param);

    const int ENUM_CURRENT_SETTINGS = -1;
    const int DISPLAY_DEVICE_ATTACHED_TO_DESKTOP = 0x1;
    const int DISPLAY_DEVICE_PRIMARY_DEVICE = 0x4;
    const int DM_POSITION = 0x20;
    const uint CDS_UPDATEREGISTRY = 0x1;
    const uint CDS_SET_PRIMARY = 0x10;
    const uint CDS_NORESET = 0x10000000;

    static DEVMODE Current(string device) {
      DEVMODE mode = new DEVMODE();
      mode.dmSize = (short)Marshal.SizeOf(typeof(DEVMODE));
      if (!EnumDisplaySettings(device, ENUM_CURRENT_SETTINGS, ref mode)) throw new InvalidOperationException("No settings for " + device);
      return mode;
    }

    /// <summary>The displays that are part of the desktop now.</summary>
    public static List<Display> List() {
      List<Display> result = new List<Display>();
      for (uint i = 0; ; i++) {
        DISPLAY_DEVICE adapter = new DISPLAY_DEVICE();
        adapter.cb = Marshal.SizeOf(typeof(DISPLAY_DEVICE));
        if (!EnumDisplayDevices(null, i, ref adapter, 0)) break;
        if ((adapter.StateFlags & DISPLAY_DEVICE_ATTACHED_TO_DESKTOP) == 0) continue;
        DISPLAY_DEVICE monitor = new DISPLAY_DEVICE();
        monitor.cb = Marshal.SizeOf(typeof(DISPLAY_DEVICE));
        string monitorId = EnumDisplayDevices(adapter.DeviceName, 0, ref monitor, 0) ? monitor.DeviceID : "";
        DEVMODE mode = Current(adapter.DeviceName);
        Display d = new Display();
        d.Name = adapter.DeviceName;
        d.MonitorId = monitorId;
        d.X = mode.dmPositionX;
        d.Y = mode.dmPositionY;
        d.Width = mode.dmPelsWidth;
        d.Height = mode.dmPelsHeight;
        d.Primary = (adapter.StateFlags & DISPLAY_DEVICE_PRIMARY_DEVICE) != 0;
        result.Add(d);
      }
      return result;
    }

    /// <summary>
    /// Makes one display the main one: it moves to (0,0) and the others keep their places relative to it.
    /// Returns 0 (DISP_CHANGE_SUCCESSFUL) or the failing ChangeDisplaySettingsEx result.
    /// </summary>
    public static int SetPrimary(string name) {
      List<Display> all = List();
      Display target = all.Find(delegate (Display d) { return string.Equals(d.Name, name, StringComparison.OrdinalIgnoreCase); });
      if (target == null) throw new ArgumentException("No display " + name + " is part of the desktop.");
      if (target.Primary) return 0;
      foreach (Display d in all) {
        DEVMODE mode = Current(d.Name);
        mode.dmPositionX = d.X - target.X;
        mode.dmPositionY = d.Y - target.Y;
        mode.dmFields = DM_POSITION;
        uint flags = CDS_UPDATEREGISTRY | CDS_NORESET | (d == target ? CDS_SET_PRIMARY : 0);
        int result = ChangeDisplaySettingsEx(d.Name, ref mode, IntPtr.Zero, flags, IntPtr.Zero);
        if (result != 0) return result;
      }
      return ChangeDisplaySettingsEx(null, IntPtr.Zero, IntPtr.Zero, 0, IntPtr.Zero);
    }
  }

  [ComImport, Guid("870AF99C-171D-4F9E-AF0D-E63DF40C2BC9")]
  class PolicyConfigClient { }

  // Windows' own interface for the default sound device (undocumented; the one Windows' audio
  // troubleshooter uses). Only SetDefaultEndpoint is called; the methods before it keep the order.
  [ComImport, Guid("F8679F50-850A-41CF-9C72-430F290290C8"), InterfaceType(ComInterfaceType.InterfaceIsIUnknown)]
  interface IPolicyConfig {
    [PreserveSig] int GetMixFormat();
    [PreserveSig] int GetDeviceFormat();
    [PreserveSig] int ResetDeviceFormat();
    [PreserveSig] int SetDeviceFormat();
    [PreserveSig] int GetProcessingPeriod();
    [PreserveSig] int SetProcessingPeriod();
    [PreserveSig] int GetShareMode();
    [PreserveSig] int SetShareMode();
    [PreserveSig] int GetPropertyValue();
    [PreserveSig] int SetPropertyValue();
    [PreserveSig] int SetDefaultEndpoint([MarshalAs(UnmanagedType.LPWStr)] string deviceId, int role);
    [PreserveSig] int SetEndpointVisibility();
  }

  public static class Sound {
    /// <summary>Makes a playback device the default for all three roles (console, multimedia, communications).</summary>
    public static int SetDefault(string deviceId) {
      IPolicyConfig config = (IPolicyConfig)new PolicyConfigClient();
      for (int role = 0; role < 3; role++) {
        int hr = config.SetDefaultEndpoint(deviceId, role);
        if (hr != 0) return hr;
      }
      return 0;
    }
  }
}
'@
}

# Monitor names from their EDID (WmiMonitorID), keyed by the PnP code that the display's MonitorId also has.
$monitorNames = @{}
Get-CimInstance -Namespace root\wmi -ClassName WmiMonitorID -ErrorAction SilentlyContinue | ForEach-Object {
  if ($_.InstanceName -match '^DISPLAY\\([^\\]+)\\') {
    $monitorNames[$Matches[1]] = (($_.UserFriendlyName | Where-Object { $_ -ne 0 } | ForEach-Object { [char]$_ }) -join '')
  }
}
function Show-Displays {
  foreach ($d in [LoketKiosk.Displays]::List()) {
    $code = if ($d.MonitorId -match '^MONITOR\\([^\\]+)\\') { $Matches[1] } else { '' }
    $label = if ($monitorNames.ContainsKey($code)) { $monitorNames[$code] } else { $code }
    Write-Host ("  {0,-14} {1}x{2} at {3},{4}  {5,-5} {6}" -f $d.Name, $d.Width, $d.Height, $d.X, $d.Y, $(if ($d.Primary) { 'main' } else { '' }), $label)
  }
}

& "$env:SystemRoot\System32\DisplaySwitch.exe" /extend
Start-Sleep -Seconds 5
$connected = @(Get-CimInstance -Namespace root\wmi -ClassName WmiMonitorBasicDisplayParams -ErrorAction SilentlyContinue | Where-Object Active).Count
$desktop = @([LoketKiosk.Displays]::List()).Count
if ($connected -ge 2 -and $desktop -lt 2) {
  Write-Warning "Windows did not extend the desktop to the TV. Settings > System > Display > Multiple displays: 'Extend these displays'."
}
if ($TouchDisplay) {
  $result = [LoketKiosk.Displays]::SetPrimary($TouchDisplay)
  if ($result -ne 0) {
    Write-Warning "Windows refused to make $TouchDisplay the main display (code $result). Settings > System > Display: select the touchscreen, 'Make this my main display'."
  }
}
Write-Host 'Displays (the touchscreen must be "main"; Loket puts the TV window on the other one):'
Show-Displays
if (-not $TouchDisplay) {
  Write-Host 'To make the touchscreen the main display, run this again with -TouchDisplay <its name above>, or use Settings > System > Display.'
}

# 7. Sound: Loket's voice plays on the default playback device, which should be the TV.
$renderKey = 'HKLM:\SOFTWARE\Microsoft\Windows\CurrentVersion\MMDevices\Audio\Render'
$playback = @(Get-ChildItem $renderKey -ErrorAction SilentlyContinue | ForEach-Object {
    $state = (Get-ItemProperty $_.PSPath -ErrorAction SilentlyContinue).DeviceState
    $props = Get-ItemProperty (Join-Path $_.PSPath 'Properties') -ErrorAction SilentlyContinue
    if ($props -and (($state -band 0xF) -eq 1)) {
      # PKEY_Device_DeviceDesc (the name in Sound settings) and the device it belongs to.
      $name = $props.'{a45c254e-df1c-4efd-8020-67d146a850e0},2'
      $device = $props.'{b3f8fa53-0004-438e-9003-51a46e139bfc},6'
      [pscustomobject]@{ Id = "{0.0.0.00000000}.$($_.PSChildName)"; Label = "$name ($device)" }
    }
  })
if ($TvAudio) {
  $tv = @($playback | Where-Object { $_.Label -like "*$TvAudio*" })
  if ($tv.Count -eq 1) {
    $hr = [LoketKiosk.Sound]::SetDefault($tv[0].Id)
    if ($hr -eq 0) { Write-Host "Default playback device: $($tv[0].Label)." }
    else { Write-Warning ("Windows refused the default playback device (0x{0:X8}): set it in Settings > System > Sound." -f $hr) }
  } else {
    Write-Warning "$($tv.Count) playback devices match '$TvAudio'; the default was not changed. Give a part of the name that only the TV has."
  }
}
Write-Host 'Playback devices that are connected now (the TV must be on to be listed):'
$playback | ForEach-Object { Write-Host "  $($_.Label)" }

# 8. Automatic sign-in of the kiosk user after every start or power cut. Winlogon keeps the password in
#    the registry, readable by administrators only (Sysinternals Autologon stores it encrypted instead).
$bstr = [Runtime.InteropServices.Marshal]::SecureStringToBSTR($Password)
try { $plain = [Runtime.InteropServices.Marshal]::PtrToStringBSTR($bstr) } finally { [Runtime.InteropServices.Marshal]::ZeroFreeBSTR($bstr) }
$winlogon = 'HKLM:\SOFTWARE\Microsoft\Windows NT\CurrentVersion\Winlogon'
Set-RegistryValue $winlogon 'AutoAdminLogon' '1' 'String'
Set-RegistryValue $winlogon 'DefaultUserName' $UserName 'String'
Set-RegistryValue $winlogon 'DefaultPassword' $plain 'String'
Set-RegistryValue $winlogon 'DefaultDomainName' $env:COMPUTERNAME 'String'
# A count left by another tool would switch automatic sign-in off after that many starts.
Remove-ItemProperty $winlogon -Name AutoLogonCount -ErrorAction SilentlyContinue
Write-Host "Automatic sign-in: $UserName."

# 9. Restrictions. For everyone: no edge swipes on the touchscreen (Action Center, Task View, widgets).
Set-RegistryValue 'HKLM:\SOFTWARE\Policies\Microsoft\Windows\EdgeUI' 'AllowEdgeSwipe' 0
# Shell Launcher exists on Enterprise, Education (also Pro Education) and IoT Enterprise, not on Pro or Home.
$edition = (Get-WindowsEdition -Online).Edition
$useShellLauncher = (-not $StartupFallback) -and ($edition -match 'Enterprise|Education') -and
  [bool](Get-WindowsOptionalFeature -Online -FeatureName Client-EmbeddedShellLauncher -ErrorAction SilentlyContinue)
Write-Host "Windows edition: $edition; Loket runs $(if ($useShellLauncher) { 'as the kiosk user''s shell (Shell Launcher)' } else { 'from a scheduled task at sign-in (the fallback without Shell Launcher)' })."

# For the kiosk user only, in its own registry (loaded from its profile when it is not signed in).
if (-not $profileDir) { throw "$UserName has no profile yet: sign in once as $UserName, then run this again." }
$hiveLoaded = $false
if (-not (Test-Path "Registry::HKEY_USERS\$sid")) {
  & reg.exe load "HKU\$sid" (Join-Path $profileDir 'NTUSER.DAT') | Out-Null
  if ($LASTEXITCODE -ne 0) { throw "Could not open $UserName's registry (NTUSER.DAT); sign $UserName out and run this again." }
  $hiveLoaded = $true
}
try {
  $hkcu = "Registry::HKEY_USERS\$sid"
  $system = "$hkcu\Software\Microsoft\Windows\CurrentVersion\Policies\System"
  Set-RegistryValue $system 'DisableTaskMgr' 1
  Set-RegistryValue $system 'DisableLockWorkstation' 1
  Set-RegistryValue $system 'DisableChangePassword' 1
  Set-RegistryValue "$hkcu\Software\Policies\Microsoft\Windows\Control Panel\Desktop" 'ScreenSaveActive' '0' 'String'
  Set-RegistryValue "$hkcu\Software\Policies\Microsoft\Windows\CurrentVersion\PushNotifications" 'NoToastApplicationNotification' 1
  Set-RegistryValue "$hkcu\Software\Policies\Microsoft\Windows\Explorer" 'DisableNotificationCenter' 1
  $explorer = "$hkcu\Software\Microsoft\Windows\CurrentVersion\Policies\Explorer"
  if ($useShellLauncher) {
    Remove-ItemProperty $explorer -Name NoWinKeys -ErrorAction SilentlyContinue
  } else {
    # The desktop runs under Loket on Pro: no Windows-key shortcuts (Win+D, Win+Tab, Win+R ...).
    Set-RegistryValue $explorer 'NoWinKeys' 1
  }
} finally {
  if ($hiveLoaded) {
    [GC]::Collect()
    [GC]::WaitForPendingFinalizers()
    & reg.exe unload "HKU\$sid" | Out-Null
  }
}
Write-Host "Restrictions for ${UserName}: no Task Manager, Lock, password change, screen saver or notifications."

# 10. How Loket runs. The earlier Startup-folder shortcut is replaced by the scheduled task.
Remove-Item (Join-Path $profileDir 'AppData\Roaming\Microsoft\Windows\Start Menu\Programs\Startup\Loket.lnk') -ErrorAction SilentlyContinue
$taskPath = '\Loket\'
$taskName = 'Loket kiosk'
$systemPolicies = 'HKLM:\SOFTWARE\Microsoft\Windows\CurrentVersion\Policies\System'
$launcherClass = 'root\standardcimv2\embedded:WESL_UserSetting'

if (-not $useShellLauncher) {
  # Windows Pro: no Shell Launcher. The kiosk user's desktop starts, and this task starts Loket at its sign-in,
  # restarting it 3 s after it exits (a crash, a relaunch, an update). The task belongs to the administrators.
  try { ([wmiclass]"\\.\$launcherClass").RemoveCustomShell($sid) | Out-Null } catch { }
  $exe = $loketExe -replace "'", "''"
  $loop = "while (`$true) { Start-Process -Wait -FilePath '$exe'; Start-Sleep -Seconds 3 }"
  $action = New-ScheduledTaskAction -Execute "$env:SystemRoot\System32\WindowsPowerShell\v1.0\powershell.exe" `
    -Argument "-NoProfile -NonInteractive -WindowStyle Hidden -ExecutionPolicy Bypass -Command `"$loop`""
  $trigger = New-ScheduledTaskTrigger -AtLogOn -User "$env:COMPUTERNAME\$UserName"
  $principal = New-ScheduledTaskPrincipal -UserId "$env:COMPUTERNAME\$UserName" -LogonType Interactive -RunLevel Limited
  # No time limit (the default stops a task after 3 days), and never stopped on battery.
  $settings = New-ScheduledTaskSettingsSet -ExecutionTimeLimit ([TimeSpan]::Zero) -AllowStartIfOnBatteries -DontStopIfGoingOnBatteries -MultipleInstances IgnoreNew
  Register-ScheduledTask -TaskPath $taskPath -TaskName $taskName -Action $action -Trigger $trigger -Principal $principal -Settings $settings -Force | Out-Null
  # No "Switch user" (Start, Ctrl+Alt+Del): a kiosk left at the sign-in screen serves nobody.
  Set-RegistryValue $systemPolicies 'HideFastUserSwitching' 1
  Write-Host "Fallback without Shell Launcher: the task '$taskPath$taskName' starts Loket when $UserName signs in and restarts it 3 s after it exits."
  Write-Host 'Restart the PC to start the kiosk.'
  return
}

# Enterprise, Education, IoT Enterprise: Shell Launcher v2. Loket replaces Explorer for the kiosk user only;
# administrators keep Explorer.
Unregister-ScheduledTask -TaskPath $taskPath -TaskName $taskName -Confirm:$false -ErrorAction SilentlyContinue
Remove-ItemProperty $systemPolicies -Name HideFastUserSwitching -ErrorAction SilentlyContinue
$feature = Enable-WindowsOptionalFeature -Online -FeatureName Client-EmbeddedShellLauncher -All -NoRestart
if ($feature.RestartNeeded) {
  Write-Host 'Shell Launcher was just switched on: restart the PC, then run this script again.'
  return
}
try { $launcher = [wmiclass]"\\.\$launcherClass" } catch {
  throw 'Shell Launcher is not ready yet: restart the PC, then run this script again.'
}
# Exit action 0 = restart the shell, whatever the exit code (a crash, a relaunch request, an update).
$restartShell = 0
try { $launcher.RemoveCustomShell($sid) | Out-Null } catch { }
$launcher.SetCustomShell($sid, $loketExe, $null, $null, $restartShell) | Out-Null
$launcher.SetDefaultShell('explorer.exe', $restartShell) | Out-Null
$launcher.SetEnabled($true) | Out-Null
Write-Host "Shell Launcher: $UserName's shell is Loket, restarted whenever it exits. Restart the PC to start the kiosk."
