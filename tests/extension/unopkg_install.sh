#!/bin/sh
# ctest: the .oxt installs through unopkg into a scratch user profile as README says. Nobody at the
# console to accept the licence: unopkg shows it and installs nothing. Accepted beforehand (-s):
# installed with no prompt, and `unopkg list` reads its version, licence-free registration and
# English description. An update (the same .oxt with a higher version) does not ask again. Then
# `unopkg remove` takes it out. unopkg refuses to work for root without --shared, so as root this
# runs as nobody; as root it also installs, lists and removes it --shared, for all users.
# Usage: unopkg_install.sh OXT VERSION
set -eu
oxt=$1
version=$2
scratch=$(mktemp -d "${TMPDIR:-/tmp}/proviso-unopkg.XXXXXX")
trap 'rm -rf "$scratch"' EXIT
cp "$oxt" "$scratch/proviso.oxt"
# The update: the same files, the version one step higher.
mkdir "$scratch/update"
(cd "$scratch/update" && unzip -q "$oxt" &&
    sed -i "s|<version value=\"$version\"/>|<version value=\"$version.1\"/>|" description.xml &&
    zip -q -r -X ../update.oxt . ) || { echo "FAILED: cannot make the update" >&2; exit 1; }
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
    "Description: Marks with Writer comments" "Licence: Mozilla Public License 2.0."; do
    grep -qF "$line" "$scratch/list.log" || fail "unopkg list lacks '$line': $(cat "$scratch/list.log")"
done

as_user unopkg add "$profile" "$scratch/update.oxt" </dev/null >"$scratch/update.log" 2>&1 ||
    fail "an update asked for the licence again: $(cat "$scratch/update.log")"
as_user unopkg list "$profile" </dev/null >"$scratch/updated.log" 2>&1 || fail "unopkg list failed"
grep -qF "Version: $version.1" "$scratch/updated.log" || fail "the update to $version.1 is not listed"

as_user unopkg remove "$profile" org.proviso.writer </dev/null >"$scratch/remove.log" 2>&1 ||
    fail "unopkg remove failed: $(cat "$scratch/remove.log")"
as_user unopkg list "$profile" </dev/null >"$scratch/after.log" 2>&1 || fail "unopkg list failed"
grep -q "org.proviso.writer" "$scratch/after.log" && fail "still listed after unopkg remove"
# For all users, as root does it (README): --shared, with the shared folders redirected into the
# scratch folder so that the office installed on this computer is left alone.
if [ "$(id -u)" -eq 0 ]; then
    shared="-env:UNO_SHARED_PACKAGES=file://$scratch/shared"
    shared="$shared -env:UNO_SHARED_PACKAGES_CACHE=file://$scratch/shared/cache"
    root_profile="-env:UserInstallation=file://$scratch/root-profile"
    # shellcheck disable=SC2086 # two -env: words
    unopkg add --shared -s $shared "$root_profile" "$scratch/proviso.oxt" </dev/null ||
        fail "unopkg add --shared -s did not install the extension"
    # shellcheck disable=SC2086
    unopkg list --shared $shared "$root_profile" </dev/null >"$scratch/shared.log" 2>&1 ||
        fail "unopkg list --shared failed"
    grep -qF "Identifier: org.proviso.writer" "$scratch/shared.log" ||
        fail "not listed for all users: $(cat "$scratch/shared.log")"
    # shellcheck disable=SC2086
    unopkg remove --shared $shared "$root_profile" org.proviso.writer </dev/null ||
        fail "unopkg remove --shared failed"
    echo "unopkg --shared: installed for all users, listed, removed"
fi
echo "unopkg: licence shown and install refused without an answer; installed with -s, listed;"
echo "update installed without asking again; removed"
