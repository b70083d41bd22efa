<#
.SYNOPSIS
  Undoes Install-LoketKiosk.ps1 for maintenance: no auto-logon, Explorer again for the kiosk user.
  The data folder (tickets, backups, logs) is left untouched.
#>
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
$profile = (Get-CimInstance Win32_UserProfile | Where-Object SID -eq $sid).LocalPath
if ($profile) { Remove-Item -ErrorAction SilentlyContinue (Join-Path $profile 'AppData\Roaming\Microsoft\Windows\Start Menu\Programs\Startup\Loket.lnk') }
Write-Host 'Kiosk set-up removed; restart the PC.'
