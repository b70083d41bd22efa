<#
.SYNOPSIS
  Undoes Install-LoketKiosk.ps1's start-up part for maintenance: no automatic sign-in, Explorer again for the
  kiosk user (Shell Launcher), no scheduled task (the fallback), "Switch user" back. Restart afterwards.
  Left as they are: the data folder (tickets, backups, logs), office.json, the firewall rule, the machine
  settings (LOKET_*), active hours, screens, sound and the kiosk user's restrictions; running
  Install-LoketKiosk.ps1 again restores the kiosk.
#>
#Requires -RunAsAdministrator
param([string]$UserName = 'loket')
$ErrorActionPreference = 'Stop'
$winlogon = 'HKLM:\SOFTWARE\Microsoft\Windows NT\CurrentVersion\Winlogon'
Set-ItemProperty $winlogon -Name AutoAdminLogon -Value '0'
Remove-ItemProperty $winlogon -Name DefaultPassword -ErrorAction SilentlyContinue
$sid = (Get-LocalUser -Name $UserName).SID.Value
try {
  $launcher = [wmiclass]'\\.\root\standardcimv2\embedded:WESL_UserSetting'
  $launcher.RemoveCustomShell($sid) | Out-Null
} catch { Write-Host 'Shell Launcher was not in use.' }
Unregister-ScheduledTask -TaskPath '\Loket\' -TaskName 'Loket kiosk' -Confirm:$false -ErrorAction SilentlyContinue
Remove-ItemProperty 'HKLM:\SOFTWARE\Microsoft\Windows\CurrentVersion\Policies\System' -Name HideFastUserSwitching -ErrorAction SilentlyContinue
$profileDir = (Get-CimInstance Win32_UserProfile | Where-Object SID -eq $sid).LocalPath
if ($profileDir) { Remove-Item -ErrorAction SilentlyContinue (Join-Path $profileDir 'AppData\Roaming\Microsoft\Windows\Start Menu\Programs\Startup\Loket.lnk') }
Write-Host 'Kiosk start-up removed; restart the PC.'
