#!/usr/bin/env bash
# System packages foiscope's tests and optional fast paths need, from Debian.
# Idempotent: installs only what is missing. Run as root (CI and dev machines here are root).
set -euo pipefail
need=()
have() { dpkg -s "$1" >/dev/null 2>&1; }
# Headless browser for the HTML report test (driven by playwright-core; never a downloaded browser).
for p in chromium; do have "$p" || need+=("$p"); done
# Offline OCR of scanned PDF pages (faster than tesseract.js here; see src/extract/ocr.ts).
for p in tesseract-ocr tesseract-ocr-eng; do have "$p" || need+=("$p"); done
if [ ${#need[@]} -gt 0 ]; then
  if [ "$(id -u)" != "0" ]; then echo "setup-system: need root to install: ${need[*]}" >&2; exit 1; fi
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi
echo "setup-system: ok (${need[*]:-nothing to install})"
