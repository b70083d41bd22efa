#!/usr/bin/env bash
# Sets up a Debian 12 / Ubuntu 24.04 PC as a Loket kiosk (after `sudo apt install sway`, and the deb if that
# is the Loket used): the loket user, /var/lib/loket (data), /etc/loket (office.json, sway.conf, kiosk.conf),
# the AppImage in /opt/loket (--appimage), /etc/asound.conf (--tv-audio) and the loket-kiosk service.
# Safe to run again: it replaces sway.conf and the service with the ones shipped next to it, and changes
# office.json, kiosk.conf and asound.conf only when asked to (the options below).
#
#   install-loket-kiosk.sh --list                                   # the screens and sound outputs connected now
#   sudo install-loket-kiosk.sh --touch HDMI-A-1 --tv HDMI-A-2 [--tv-audio PCH,3] [--appimage ./Loket-x.y.z.AppImage]
#   sudo systemctl restart loket-kiosk                              # or reboot
#
#   --touch NAME, --tv NAME  the touchscreen's and the TV's screen names (--list)
#   --tv-audio CARD,DEVICE   send Loket's sound to the TV's HDMI output (--list)
#   --appimage FILE          install this AppImage as /opt/loket/Loket.AppImage (owned by loket, so it
#                            updates itself) and start it; without it, the deb's /opt/Loket/loket starts
#   --program COMMAND        start another program (tests, a different folder)
#   --root DIR               install the files under DIR only: no user, no ownership, no systemctl (tests)
#
# The whole installation, step by step: docs/install-linux.md.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
user=loket
groups=(video input render audio lp)
data_dir=/var/lib/loket
etc_dir=/etc/loket
unit_dir=/etc/systemd/system
appimage_dir=/opt/loket
appimage_path=$appimage_dir/Loket.AppImage
deb_program=/opt/Loket/loket
drm_dir=${LOKET_DRM_DIR:-/sys/class/drm}
asound_dir=${LOKET_ASOUND_DIR:-/proc/asound}

root=""
touch_output=""
tv_output=""
tv_audio=""
appimage=""
program=""
list_only=0

usage() {
  sed -n '2,19p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'
  exit "${1:-0}"
}

while [ $# -gt 0 ]; do
  case "$1" in
    --touch) touch_output=${2:?--touch needs a screen name}; shift 2 ;;
    --tv) tv_output=${2:?--tv needs a screen name}; shift 2 ;;
    --tv-audio) tv_audio=${2:?--tv-audio needs CARD,DEVICE}; shift 2 ;;
    --appimage) appimage=${2:?--appimage needs the AppImage file}; shift 2 ;;
    --program) program=${2:?--program needs a command}; shift 2 ;;
    --list) list_only=1; shift ;;
    --root) root=${2:?--root needs a folder}; shift 2 ;;
    -h | --help) usage 0 ;;
    *) echo "Unknown option: $1" >&2; usage 2 ;;
  esac
done

valid_output() { [[ $1 =~ ^[A-Za-z0-9-]+$ ]]; }

# The monitor name stored in an EDID (descriptor 0xFC), or nothing.
edid_name() {
  local file=$1 hex offset name="" bytes
  [ -s "$file" ] || return 0
  hex=$(od -An -v -tx1 "$file" | tr -s ' \n' ' ')
  read -r -a bytes <<<"$hex"
  for offset in 54 72 90 108; do
    if [ "${bytes[offset]:-}" = 00 ] && [ "${bytes[offset + 1]:-}" = 00 ] && [ "${bytes[offset + 3]:-}" = fc ]; then
      local i b
      for ((i = offset + 5; i < offset + 18; i++)); do
        b=${bytes[i]:-0a}
        [ "$b" = 0a ] && break
        name+=$(printf '%b' "\\x$b")
      done
      printf '%s' "${name%"${name##*[! ]}"}"
      return 0
    fi
  done
}

list_screens() {
  local found=0 dir name status mode label
  echo "Screens (use these names for --touch and --tv):"
  for dir in "$drm_dir"/card*-*; do
    [ -e "$dir/status" ] || continue
    name=${dir##*/}
    name=${name#card*-}
    status=$(cat "$dir/status")
    mode=$(head -n 1 "$dir/modes" 2>/dev/null || true)
    label=$(edid_name "$dir/edid")
    if [ "$status" = connected ]; then
      found=1
      printf '  %-12s connected     %-11s %s\n' "$name" "${mode:-?}" "$label"
    else
      printf '  %-12s %s\n' "$name" "$status"
    fi
  done
  [ "$found" = 1 ] || echo "  (no screen connected, or no graphics driver loaded)"
  echo "Sound outputs (use CARD,DEVICE for --tv-audio; the TV's is an HDMI one):"
  if [ -r "$asound_dir/pcm" ]; then
    local line card dev rest id
    while IFS= read -r line; do
      [[ $line == *playback* ]] || continue
      card=$((10#${line%%-*}))
      dev=${line#*-}
      dev=$((10#${dev%%:*}))
      rest=${line#*: }
      id=$(cat "$asound_dir/card$card/id" 2>/dev/null || echo "$card")
      printf '  %-16s %s\n' "$id,$dev" "${rest%% :*}"
    done <"$asound_dir/pcm"
  else
    echo "  (no sound devices)"
  fi
}

if [ "$list_only" = 1 ]; then
  list_screens
  exit 0
fi

for name in "$touch_output" "$tv_output"; do
  if [ -n "$name" ] && ! valid_output "$name"; then
    echo "Not a screen name: '$name' (names look like HDMI-A-1, DP-2, eDP-1; see --list)." >&2
    exit 2
  fi
done
if [ -n "$touch_output" ] && [ "$touch_output" = "$tv_output" ]; then
  echo "The touchscreen and the TV must be different screens." >&2
  exit 2
fi
if [ -n "$tv_audio" ] && ! [[ $tv_audio =~ ^[A-Za-z0-9_]+,[0-9]+$ ]]; then
  echo "--tv-audio takes CARD,DEVICE, for example PCH,3 (see --list)." >&2
  exit 2
fi
if [ -n "$appimage" ] && [ -n "$program" ]; then
  echo "Give --appimage or --program, not both." >&2
  exit 2
fi
if [ -n "$appimage" ] && [ ! -f "$appimage" ]; then
  echo "No AppImage at $appimage." >&2
  exit 2
fi
# sway.conf runs the command through sh: a program path and plain arguments only.
if [ -n "$program" ] && ! [[ $program =~ ^/[A-Za-z0-9_./=\ -]+$ ]]; then
  echo "--program takes an absolute path and plain arguments: '$program'." >&2
  exit 2
fi

if [ -z "$root" ]; then
  [ "$(id -u)" = 0 ] || { echo "Run as root: sudo $0 $*" >&2; exit 1; }
  command -v sway >/dev/null || { echo "sway is not installed: sudo apt install sway" >&2; exit 1; }
fi

# 1. The kiosk user: a system user without a password or login shell; its groups give the screens,
#    input devices, sound and the USB printer.
if [ -z "$root" ]; then
  if ! id "$user" >/dev/null 2>&1; then
    useradd --system --create-home --shell /usr/sbin/nologin "$user"
    echo "Created the user $user."
  fi
  for group in "${groups[@]}"; do
    if getent group "$group" >/dev/null; then usermod -a -G "$group" "$user"; fi
  done
fi
owned() { if [ -z "$root" ]; then install -o "$user" -g "$user" "$@"; else install "$@"; fi; }

# 2. Folders: the data folder belongs to the kiosk user; the configuration is root's, readable by all.
install -d -m 0755 "$root$etc_dir" "$root$unit_dir"
owned -d -m 0750 "$root$data_dir"
if [ ! -e "$root$etc_dir/office.json" ]; then
  install -m 0644 "$here/../../office.example.json" "$root$etc_dir/office.json"
  echo "Created $etc_dir/office.json from the example: edit it for this office."
fi

# 3. The AppImage, in a folder the kiosk user owns: it replaces the file when it updates itself.
if [ -n "$appimage" ]; then
  owned -d -m 0755 "$root$appimage_dir"
  owned -m 0755 "$appimage" "$root$appimage_path"
  program="$appimage_path --ozone-platform=wayland"
  echo "Installed $appimage as $appimage_path."
fi

# 4. The compositor configuration (always the shipped one) and this kiosk's settings (kept once edited).
install -m 0644 "$here/sway.conf" "$root$etc_dir/sway.conf"
kiosk_conf=$root$etc_dir/kiosk.conf
if [ ! -e "$kiosk_conf" ]; then
  install -m 0644 "$here/kiosk.conf" "$kiosk_conf"
  echo "Created $etc_dir/kiosk.conf."
  # A first install without --appimage or --program: start the AppImage if one is in place.
  if [ -z "$program" ] && [ -x "$root$appimage_path" ]; then program="$appimage_path --ozone-platform=wayland"; fi
fi
set_line() {
  local var=$1 value=$2
  if grep -q "^set \\\$$var " "$kiosk_conf"; then
    sed -i "s|^set \\\$$var .*|set \$$var $value|" "$kiosk_conf"
  else
    printf 'set $%s %s\n' "$var" "$value" >>"$kiosk_conf"
  fi
  echo "kiosk.conf: \$$var is $value."
}
[ -z "$touch_output" ] || set_line loket_touch "$touch_output"
[ -z "$tv_output" ] || set_line loket_tv "$tv_output"
if [ -n "$program" ]; then
  [[ $program == *--ozone-platform=* ]] || program="$program --ozone-platform=wayland"
  set_line loket_command "$program"
fi
command_line=$(sed -n "s/^set \\\$loket_command //p" "$kiosk_conf" | tail -n 1)
started=${command_line:-$deb_program --ozone-platform=wayland}
[ -x "$root${started%% *}" ] || echo "Warning: ${started%% *} is not installed; the kiosk starts it. Install Loket's deb, or give --appimage." >&2

# 5. Sound to the TV: the ALSA default device (Loket plays through ALSA; no sound server is needed).
if [ -n "$tv_audio" ]; then
  card=${tv_audio%,*}
  device=${tv_audio#*,}
  cat >"$root/etc/asound.conf" <<EOF
# Written by install-loket-kiosk.sh --tv-audio $tv_audio: Loket's sound goes to the TV.
pcm.!default {
  type plug
  slave.pcm "dmix:CARD=$card,DEV=$device"
}
ctl.!default {
  type hw
  card $card
}
EOF
  chmod 0644 "$root/etc/asound.conf"
  echo "Sound goes to $card,$device (/etc/asound.conf). Test: sudo -u $user speaker-test -c 2 -t wav -l 1"
fi

# 6. The service.
install -m 0644 "$here/loket-kiosk.service" "$root$unit_dir/loket-kiosk.service"

if [ -n "$root" ]; then
  echo "Installed under $root."
  exit 0
fi

# 7. Check the configuration with sway's own validator, as the kiosk user (headless: no screen is touched).
#    sway exits 0 even when the included kiosk.conf has errors, so its log is read too.
check_dir=$(mktemp -d)
chown "$user" "$check_dir"
chmod 0700 "$check_dir"
check_log=$(mktemp)
status=0
runuser -u "$user" -- env XDG_RUNTIME_DIR="$check_dir" WLR_BACKENDS=headless WLR_RENDERER=pixman \
  WLR_LIBINPUT_NO_DEVICES=1 sway --validate --config "$etc_dir/sway.conf" >"$check_log" 2>&1 || status=$?
if [ "$status" != 0 ] || grep -qE 'Error on line|Error\(s\) loading config' "$check_log"; then
  grep -E 'Error' "$check_log" >&2 || cat "$check_log" >&2
  rm -rf "$check_dir" "$check_log"
  echo "sway found errors in $etc_dir/sway.conf or $etc_dir/kiosk.conf (above); it would ignore those lines. Fix them and run this again." >&2
  exit 1
fi
rm -rf "$check_dir" "$check_log"
echo "sway accepts $etc_dir/sway.conf with $etc_dir/kiosk.conf."

systemctl daemon-reload
systemctl enable loket-kiosk.service >/dev/null
echo "Enabled loket-kiosk. Start it now with: sudo systemctl restart loket-kiosk (or reboot)."
list_screens
