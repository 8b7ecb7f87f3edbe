#!/usr/bin/env bash
# System packages the tests need: age (interop), espeak-ng (test speech), ffmpeg (media fixtures),
# libxml2-utils (xmllint), chromium (the review workspace's browser tests, driven by Playwright), hunspell-be
# (the Belarusian vocabulary of detection: /usr/share/hunspell/be_BY.dic). Installs only what is missing; needs root or sudo.
set -euo pipefail
need=()
command -v age >/dev/null || need+=(age)
command -v espeak-ng >/dev/null || need+=(espeak-ng)
command -v ffmpeg >/dev/null || need+=(ffmpeg)
command -v xmllint >/dev/null || need+=(libxml2-utils)
command -v chromium >/dev/null || need+=(chromium)
[ -f /usr/share/hunspell/be_BY.dic ] || need+=(hunspell-be)
[ ${#need[@]} -eq 0 ] && exit 0
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
echo "installing system packages: ${need[*]}"
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${need[@]}" >/dev/null
