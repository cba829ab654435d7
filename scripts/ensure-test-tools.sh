#!/usr/bin/env bash
# Makes sure the programs the tests drive are on this machine, installing what is missing:
#   a Chromium (e2e tests, benchmark, dossier PDFs), poppler-utils (pdftotext, pdffonts,
#   pdftoppm: reading the PDFs back), age (bundles must decrypt with the real age tool) and
#   script (gives age a terminal for its passphrase).
# Debian's packages where apt-get can install them; elsewhere Playwright's own Chromium
# download (on a machine with a network). Prints `export KARTOTEKA_CHROMIUM=...` last.
set -euo pipefail

log() { printf '[ensure-test-tools] %s\n' "$*" >&2; }

missing_packages=()
find_chromium() {
  if [ -n "${KARTOTEKA_CHROMIUM:-}" ] && [ -x "${KARTOTEKA_CHROMIUM}" ]; then echo "$KARTOTEKA_CHROMIUM"; return; fi
  for c in /usr/bin/chromium /usr/bin/chromium-browser /usr/bin/google-chrome; do
    if [ -x "$c" ]; then echo "$c"; return; fi
  done
}

[ -n "$(find_chromium)" ] || missing_packages+=(chromium)
command -v pdftotext >/dev/null && command -v pdffonts >/dev/null && command -v pdftoppm >/dev/null || missing_packages+=(poppler-utils)
command -v age >/dev/null || missing_packages+=(age)
command -v script >/dev/null || missing_packages+=(bsdutils)

if [ ${#missing_packages[@]} -gt 0 ]; then
  SUDO=''
  [ "$(id -u)" -eq 0 ] || SUDO='sudo -n'
  if command -v apt-get >/dev/null && $SUDO true 2>/dev/null; then
    log "installing ${missing_packages[*]} from Debian's packages"
    $SUDO apt-get update -qq >&2
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing_packages[@]}" >&2
  else
    log "cannot install ${missing_packages[*]} with apt-get here"
  fi
fi

chromium_path=$(find_chromium || true)
if [ -z "$chromium_path" ]; then
  log "no system Chromium: fetching Playwright's own build (needs a network)"
  npx --no-install playwright-core install chromium >&2
  chromium_path=$(node -e "console.log(require('playwright-core').chromium.executablePath())")
fi
for tool in pdftotext pdffonts pdftoppm age script; do
  command -v "$tool" >/dev/null || log "warning: $tool is still missing; tests that need it will fail and say so"
done
echo "export KARTOTEKA_CHROMIUM=$chromium_path"
