<#
.SYNOPSIS
  Sets up a Windows mini-PC as a Loket kiosk: a local "loket" user that signs in by itself and whose
  shell is Loket (Shell Launcher, Windows 10/11 IoT Enterprise, Enterprise or Education), restarted
  whenever it exits. On other editions, -StartupFallback puts a restart loop in the user's Startup folder.

.EXAMPLE
  # In an elevated PowerShell, after installing Loket (Loket-Setup-x.y.z.exe):
  .\Install-LoketKiosk.ps1 -Password (Read-Host -AsSecureString "Password for the loket user")
  .\Install-LoketKiosk.ps1 -Password (Read-Host -AsSecureString) -StartupFallback   # Windows Pro/Home
#>
param(
  [Parameter(Mandatory = $true)][SecureString]$Password,
  [string]$UserName = 'loket',
  [string]$LoketExe = "$env:ProgramFiles\Loket\Loket.exe",
  [string]$DataDir = "$env:ProgramData\Loket",
  [switch]$StartupFallback
)
$ErrorActionPreference = 'Stop'

if (-not (Test-Path $LoketExe)) { throw "Loket is not installed at $LoketExe; run the Loket installer first." }

# 1. The kiosk user (a standard user, not an administrator).
if (-not (Get-LocalUser -Name $UserName -ErrorAction SilentlyContinue)) {
  New-LocalUser -Name $UserName -Password $Password -PasswordNeverExpires -AccountNeverExpires -Description 'Loket kiosk' | Out-Null
  Add-LocalGroupMember -Group 'Users' -Member $UserName
}

# 2. The data folder, shared by every Loket start, writable by the kiosk user; settings for that user.
New-Item -ItemType Directory -Force -Path $DataDir | Out-Null
icacls $DataDir /grant "${UserName}:(OI)(CI)M" | Out-Null
[Environment]::SetEnvironmentVariable('LOKET_DATA_DIR', $DataDir, 'Machine')
[Environment]::SetEnvironmentVariable('LOKET_CONFIG', "$DataDir\office.json", 'Machine')
[Environment]::SetEnvironmentVariable('LOKET_SUPERVISED', '1', 'Machine')
if (-not (Test-Path "$DataDir\office.json")) {
  Copy-Item "$env:ProgramFiles\Loket\resources\office.example.json" "$DataDir\office.json"
  Write-Host "Edit $DataDir\office.json for this office before the first start."
}

# 3. Automatic sign-in of the kiosk user after every boot or power cut.
$plain = [Runtime.InteropServices.Marshal]::PtrToStringAuto([Runtime.InteropServices.Marshal]::SecureStringToBSTR($Password))
$winlogon = 'HKLM:\SOFTWARE\Microsoft\Windows NT\CurrentVersion\Winlogon'
Set-ItemProperty $winlogon -Name AutoAdminLogon -Value '1'
Set-ItemProperty $winlogon -Name DefaultUserName -Value $UserName
Set-ItemProperty $winlogon -Name DefaultPassword -Value $plain
Set-ItemProperty $winlogon -Name DefaultDomainName -Value $env:COMPUTERNAME
Write-Host 'Auto-logon set. (Sysinternals Autologon stores the password encrypted instead, if you prefer.)'

if ($StartupFallback) {
  # 4b. Windows Pro/Home: no Shell Launcher. A hidden restart loop in the kiosk user's Startup folder.
  $sid = (Get-LocalUser -Name $UserName).SID.Value
  $profile = (Get-CimInstance Win32_UserProfile | Where-Object SID -eq $sid).LocalPath
  if (-not $profile) { throw "Sign in once as $UserName so that Windows creates the profile, then run this again." }
  $startup = Join-Path $profile 'AppData\Roaming\Microsoft\Windows\Start Menu\Programs\Startup'
  New-Item -ItemType Directory -Force -Path $startup | Out-Null
  $loop = "while (`$true) { Start-Process -Wait -FilePath '$LoketExe'; Start-Sleep -Seconds 3 }"
  $shell = New-Object -ComObject WScript.Shell
  $lnk = $shell.CreateShortcut((Join-Path $startup 'Loket.lnk'))
  $lnk.TargetPath = "$env:SystemRoot\System32\WindowsPowerShell\v1.0\powershell.exe"
  $lnk.Arguments = "-NoProfile -WindowStyle Hidden -ExecutionPolicy Bypass -Command `"$loop`""
  $lnk.Save()
  Write-Host "Startup-folder fallback installed: Loket starts at sign-in and is restarted 3 s after it exits."
  return
}

# 4a. Shell Launcher v2: Loket replaces Explorer for the kiosk user only; administrators keep Explorer.
Enable-WindowsOptionalFeature -Online -FeatureName Client-EmbeddedShellLauncher -NoRestart -All | Out-Null
$ns = 'root\standardcimv2\embedded'
$launcher = [wmiclass]"\\.\${ns}:WESL_UserSetting"
$sid = (Get-LocalUser -Name $UserName).SID.Value
# Exit action 0 = restart the shell: whatever the exit code (crash, relaunch request, supervisor closing it).
$restartShell = 0
try { $launcher.RemoveCustomShell($sid) | Out-Null } catch { }
$launcher.SetCustomShell($sid, $LoketExe, $null, $null, $restartShell) | Out-Null
$launcher.SetDefaultShell('explorer.exe', $restartShell) | Out-Null
$launcher.SetEnabled($true) | Out-Null
Write-Host "Shell Launcher set: $UserName's shell is Loket, restarted whenever it exits. Restart the PC."
