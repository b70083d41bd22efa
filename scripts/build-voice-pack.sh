#!/usr/bin/env bash
# Builds the Indonesian voice pack in resources/voice/id/: one trimmed, loudness-matched mono Ogg Vorbis
# clip per line of clips.tsv, plus manifest.json. Re-running gives the same files (sox -R), so git shows
# no churn. CI does not run this; the clips are committed. The TV plays the chime from this pack and, when the
# office voice (src/main/speech, eSpeak NG from npm) cannot answer, the call by number from these clips.
#
# Synthetic voice (default; needs `apt-get install -y espeak-ng sox`):
#   scripts/build-voice-pack.sh
# Recorded human voice (one WAV per clip id, e.g. recordings/seratus.wav; chime.wav optional):
#   scripts/build-voice-pack.sh --recordings DIR --voice "Nama Pengisi Suara, 2025"
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
pack="$root/resources/voice/id"
list="$pack/clips.tsv"
rate=22050
recordings=""
voice=""

while [[ $# -gt 0 ]]; do
  case "$1" in
    --recordings) recordings="$(cd "$2" && pwd)"; shift 2 ;;
    --voice) voice="$2"; shift 2 ;;
    -h|--help) sed -n '2,9p' "$0"; exit 0 ;;
    *) echo "unknown argument: $1 (see --help)" >&2; exit 2 ;;
  esac
done
if [[ -z "$voice" ]]; then
  voice="$([[ -n "$recordings" ]] && echo "recorded" || echo "espeak-ng -v id (synthetic)")"
fi
for tool in sox soxi; do command -v "$tool" >/dev/null || { echo "missing $tool: apt-get install -y sox" >&2; exit 1; }; done
if [[ -z "$recordings" ]]; then
  command -v espeak-ng >/dev/null || { echo "missing espeak-ng: apt-get install -y espeak-ng" >&2; exit 1; }
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir "$work/out"

# Two falling sine tones, like an office gong, so the chime needs no recording.
synth_chime() {
  sox -R -n -r "$rate" -c 1 "$work/hi.wav" synth 0.45 sine 880 fade p 0.005 0.45 0.4 vol 0.5
  sox -R -n -r "$rate" -c 1 "$work/lo.wav" synth 0.8 sine 659.25 fade p 0.005 0.8 0.75 vol 0.5
  sox -R "$work/hi.wav" "$work/lo.wav" "$1" pad 0 0.04
}

# Raw source audio for one clip, from a recording or from espeak-ng.
source_clip() {
  local id="$1" text="$2" espeak_text="$3" raw="$4"
  if [[ -n "$recordings" && -f "$recordings/$id.wav" ]]; then
    cp "$recordings/$id.wav" "$raw"
  elif [[ "$id" == chime ]]; then
    synth_chime "$raw"
  elif [[ -n "$recordings" ]]; then
    echo "missing recording: $recordings/$id.wav (say: \"$text\")" >&2
    return 1
  else
    espeak-ng -v id -s 140 -w "$raw" "${espeak_text:-$text}"
  fi
}

manifest_entries=()
while IFS=$'\t' read -r id text espeak_text; do
  [[ -z "$id" || "$id" == \#* ]] && continue
  raw="$work/$id.raw.wav"
  out="$work/out/$id.ogg"
  source_clip "$id" "$text" "${espeak_text:-}" "$raw"
  # Trim leading and trailing silence (reverse trick), normalise to -1 dBFS, mono at $rate Hz; then fade
  # the edges the trim cut (5 ms in, 20 ms out) and pad 40 ms of silence behind, so no clip ends on a click
  # and a decoder that drops the last frame drops silence, not the word.
  sox -R "$raw" -r "$rate" -c 1 "$work/$id.trimmed.wav" silence 1 0.01 -45d reverse silence 1 0.01 -45d reverse gain -n -1
  sox -R "$work/$id.trimmed.wav" -C 3 "$out" fade t 0.005 -0 0.02 pad 0 0.04
  duration_ms="$(soxi -D "$out" | awk '{ printf "%d", $1 * 1000 + 0.5 }')"
  sample_rate="$(soxi -r "$out")"
  manifest_entries+=("    \"$id\": { \"file\": \"$id.ogg\", \"durationMs\": $duration_ms, \"sampleRateHz\": $sample_rate }")
done < "$list"

voice_json="${voice//\\/\\\\}"
voice_json="${voice_json//\"/\\\"}"
{
  printf '{\n  "formatVersion": 1,\n  "language": "id",\n  "voice": "%s",\n  "clips": {\n' "$voice_json"
  last=$(( ${#manifest_entries[@]} - 1 ))
  for i in "${!manifest_entries[@]}"; do
    printf '%s%s\n' "${manifest_entries[$i]}" "$([[ $i -lt $last ]] && echo ,)"
  done
  printf '  }\n}\n'
} > "$work/out/manifest.json"

# Replace the whole pack at once so clips of ids dropped from clips.tsv do not linger.
rm -f "$pack"/*.ogg "$pack"/*.wav "$pack/manifest.json"
cp "$work/out/"* "$pack/"
echo "voice pack: ${#manifest_entries[@]} clips, $(du -ch "$pack"/*.ogg | tail -1 | cut -f1) in $pack"
