#!/bin/sh
# ctest: the .oxt installs through unopkg into a scratch user profile as README says. Nobody at the
# console to accept the licence: unopkg shows it and installs nothing. Accepted beforehand (-s):
# installed with no prompt, and `unopkg list` reads its version, licence-free registration and
# English description. Then `unopkg remove` takes it out. unopkg refuses to work for root without
# --shared, so as root this runs as nobody.
# Usage: unopkg_install.sh OXT VERSION
set -eu
oxt=$1
version=$2
scratch=$(mktemp -d "${TMPDIR:-/tmp}/proviso-unopkg.XXXXXX")
trap 'rm -rf "$scratch"' EXIT
cp "$oxt" "$scratch/proviso.oxt"
if [ "$(id -u)" -eq 0 ]; then
    chown -R nobody:nogroup "$scratch"
    as_user() { setpriv --reuid=nobody --regid=nogroup --clear-groups env HOME="$scratch" "$@"; }
else
    as_user() { env HOME="$scratch" "$@"; }
fi
profile="-env:UserInstallation=file://$scratch/profile"
fail() { echo "FAILED: $*" >&2; exit 1; }

as_user unopkg add "$profile" "$scratch/proviso.oxt" </dev/null >"$scratch/refused.log" 2>&1 &&
    fail "unopkg add without -s installed with nobody to accept the licence"
grep -q "Mozilla Public License Version 2.0" "$scratch/refused.log" ||
    fail "unopkg add did not show the licence: $(cat "$scratch/refused.log")"

as_user unopkg add -s "$profile" "$scratch/proviso.oxt" </dev/null ||
    fail "unopkg add -s did not install the extension"
as_user unopkg list "$profile" </dev/null >"$scratch/list.log" 2>&1 || fail "unopkg list failed"
for line in "Identifier: org.proviso.writer" "Version: $version" "is registered: yes" \
    "Description: Proviso reviews the text of treaties" "Licence: Mozilla Public License 2.0."; do
    grep -qF "$line" "$scratch/list.log" || fail "unopkg list lacks '$line': $(cat "$scratch/list.log")"
done

as_user unopkg remove "$profile" org.proviso.writer </dev/null || fail "unopkg remove failed"
as_user unopkg list "$profile" </dev/null >"$scratch/after.log" 2>&1 || fail "unopkg list failed"
grep -q "org.proviso.writer" "$scratch/after.log" && fail "still listed after unopkg remove"
echo "unopkg: licence shown and install refused without an answer; installed with -s, listed, removed"
