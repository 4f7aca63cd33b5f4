#!/usr/bin/env bash
# Installs everything, builds Proviso, and runs it on the sample bill: prints the findings and
# saves an annotated copy. Run from anywhere, as root on Debian 12 (or as a user once the
# packages are installed).
set -euo pipefail
cd "$(dirname "$0")/.."
bash packaging/install-deps.sh
cmake --preset default >/dev/null
cmake --build --preset default
echo
echo "== Findings in samples/sample-bill.odt"
status=0
./build/proviso check samples/sample-bill.odt || status=$?
if [ "$status" -gt 1 ]; then exit "$status"; fi   # 1 only means "there are findings"
echo
echo "== Annotating"
./build/proviso annotate samples/sample-bill.odt -o build/sample-bill-annotated.odt
echo
echo "Annotated copy: $(pwd)/build/sample-bill-annotated.odt (open it in LibreOffice Writer)"
echo "Extension for a desktop LibreOffice: $(pwd)/build/proviso.oxt"
