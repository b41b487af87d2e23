#!/usr/bin/env bash
# Makes sure the programs the tests drive are on this machine: Chromium (browser tests of the pane and
# the web app), LibreOffice Calc (the checked workbook opened and printed by a real spreadsheet) and
# poppler (PDF to text and PNG). Installs them with apt when it can; otherwise says what to run.
set -uo pipefail
PACKAGES="chromium libreoffice-calc poppler-utils fonts-liberation"
missing() { ! command -v chromium >/dev/null 2>&1 || ! command -v soffice >/dev/null 2>&1 || ! command -v pdftoppm >/dev/null 2>&1 || ! command -v pdftotext >/dev/null 2>&1; }
missing || exit 0
if ! command -v apt-get >/dev/null 2>&1; then
  echo "Cần cài Chromium, LibreOffice Calc và poppler-utils để chạy kiểm thử / Install Chromium, LibreOffice Calc and poppler-utils to run the tests (no apt-get here)." >&2
  exit 1
fi
SUDO=""
if [ "$(id -u)" != "0" ]; then
  if command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then SUDO="sudo -n"; else
    echo "Thiếu công cụ kiểm thử; hãy chạy / Test tools missing; run: sudo apt-get install -y --no-install-recommends $PACKAGES" >&2
    exit 1
  fi
fi
echo "Cài công cụ kiểm thử / Installing test tools: $PACKAGES" >&2
for attempt in 1 2 3; do
  $SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends $PACKAGES >/dev/null && break
  echo "apt-get thất bại, thử lại / apt-get failed (attempt $attempt), retrying" >&2
  sleep 10
done
if missing; then
  echo "Không cài được công cụ kiểm thử / Could not install the test tools; run: apt-get install -y --no-install-recommends $PACKAGES" >&2
  exit 1
fi
