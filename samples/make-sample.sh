#!/usr/bin/env bash
# Regenerates samples/sample-bill.odt from its readable source, samples/sample-bill.fodt.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT
soffice -env:UserInstallation="file://$profile" --headless --convert-to odt \
  --outdir "$here" "$here/sample-bill.fodt" >/dev/null 2>&1
echo "wrote $here/sample-bill.odt"
