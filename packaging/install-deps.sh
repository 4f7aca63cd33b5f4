#!/usr/bin/env bash
# Installs everything Proviso needs to build, test and run, from Debian 12's packages only.
# Idempotent: packages already present are skipped, so running it twice costs a second.
set -euo pipefail

packages=(
  build-essential cmake pkg-config ninja-build git zip unzip
  libreoffice-dev libreoffice-writer
  libre2-dev libicu-dev libyaml-cpp-dev libcli11-dev nlohmann-json3-dev
  googletest libgtest-dev libgmock-dev libbenchmark-dev
  ripgrep  # reference line of bench/ripgrep_reference.sh
  fonts-dejavu-core clang-format
  python3-jsonschema
  imagemagick  # draws the extension's icons at build time (packaging/make-icons.sh)
)

# Hyperscan, for bench/prefilter_compare, is built for amd64 only; elsewhere the benchmark is
# built without it.
if [ "$(dpkg --print-architecture)" = amd64 ]; then
  packages+=(libhyperscan-dev)
fi

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
    missing+=("$p")
  fi
done

if [ "${#missing[@]}" -eq 0 ]; then
  echo "install-deps: all ${#packages[@]} packages already installed"
  exit 0
fi

if [ "$(id -u)" -ne 0 ]; then
  echo "install-deps: need root to install: ${missing[*]}" >&2
  exit 1
fi

echo "install-deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${missing[@]}"
