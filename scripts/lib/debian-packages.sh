#!/usr/bin/env bash
# Installs the Debian packages Wiredesk builds and tests with, if missing.
set -euo pipefail

packages=(g++ cmake ninja-build pkg-config emscripten libicu-dev icu-devtools libxml2-dev
          nlohmann-json3-dev catch2 chromium w3m dpkg-dev)
missing=()
for package in "${packages[@]}"; do
  status=$(dpkg-query -W -f='${db:Status-Status}' "$package" 2>/dev/null || true)
  [ "$status" = installed ] || missing+=("$package")
done
for tool in node npm; do
  command -v "$tool" >/dev/null || { echo "setup: $tool is missing: install Node.js 20 or newer" >&2; exit 1; }
done
[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$(id -u)" != 0 ]; then
  echo "setup: missing Debian packages: ${missing[*]}" >&2
  echo "setup: install them (sudo apt-get install ${missing[*]}) or run as root" >&2
  exit 1
fi
echo "setup: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
