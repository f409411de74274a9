#!/usr/bin/env bash
# check-deb.sh DEB_DIR VERSION: checks the .deb that CPack wrote into DEB_DIR. Its name and metadata, the files
# the desktop needs, nothing else in /usr/bin; then, unpacked into a temporary directory, the programs run from
# there (so a wrong install path or a missing file fails) and the MIME package compiles.
set -euo pipefail

deb_dir=$1
version=$2
deb=$deb_dir/cordee_${version}_$(dpkg --print-architecture).deb
failures=0
fail() {
    echo "FAIL: $*" >&2
    failures=$((failures + 1))
}

[ -f "$deb" ] || { echo "FAIL: no $deb; found: $(ls "$deb_dir")" >&2; exit 1; }
echo "Checking $deb ($(du -h "$deb" | cut -f1))"

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# Metadata: the version is the project's, dependencies computed by dpkg-shlibdeps plus the runtime data.
[ "$(dpkg-deb -f "$deb" Package)" = cordee ] || fail "Package is not cordee"
[ "$(dpkg-deb -f "$deb" Version)" = "$version" ] || fail "Version is not $version"
depends=$(dpkg-deb -f "$deb" Depends)
echo "Depends: $depends"
for package in libqt6core6 libqt6gui6 libqt6widgets6 libqt6sql6 libqt6sql6-sqlite fonts-noto-core fonts-noto-cjk; do
    grep -Eq "(^|, )$package( |,|$)" <<<"$depends" || fail "Depends lacks $package"
done

# Contents.
dpkg-deb -c "$deb" | awk '{print $6}' | sed 's|^\./|/|' >"$tmp/contents"
for file in \
    /usr/bin/cordee \
    /usr/bin/cordee-cli \
    /usr/share/applications/org.cordee.Cordee.desktop \
    /usr/share/metainfo/org.cordee.Cordee.metainfo.xml \
    /usr/share/mime/packages/org.cordee.Cordee.xml \
    /usr/share/icons/hicolor/scalable/apps/org.cordee.Cordee.svg \
    /usr/share/icons/hicolor/16x16/apps/org.cordee.Cordee.png \
    /usr/share/icons/hicolor/48x48/apps/org.cordee.Cordee.png \
    /usr/share/icons/hicolor/256x256/apps/org.cordee.Cordee.png \
    /usr/share/man/man1/cordee.1 \
    /usr/share/man/man1/cordee-cli.1 \
    /usr/share/bash-completion/completions/cordee-cli \
    /usr/share/doc/cordee/copyright; do
    grep -qx "$file" "$tmp/contents" || fail "the package lacks $file"
done
# Only the two programs: no test, benchmark or build helper is installed.
programs=$(grep '^/usr/bin/.' "$tmp/contents" | sort | tr '\n' ' ')
[ "$programs" = "/usr/bin/cordee /usr/bin/cordee-cli " ] || fail "unexpected programs: $programs"
outside=$(grep -v -e '^/$' -e '^/usr/' "$tmp/contents" || true)
[ -z "$outside" ] || fail "files outside /usr: $outside"

# Unpacked: the programs run from there, with only the system's libraries.
root=$tmp/root
dpkg-deb -x "$deb" "$root"
run() { env -u LD_LIBRARY_PATH LC_ALL=C.UTF-8 "$@"; }
out=$(run "$root/usr/bin/cordee-cli" --version) || fail "cordee-cli --version exited $?"
[ "$out" = "cordee-cli $version" ] || fail "cordee-cli --version printed \"$out\""
out=$(run QT_QPA_PLATFORM=offscreen "$root/usr/bin/cordee" --version) || fail "cordee --version exited $?"
[ "$out" = "cordee $version" ] || fail "cordee --version printed \"$out\""
if run "$root/usr/bin/cordee-cli" demo "$tmp/demo.cordee" >"$tmp/demo.out" 2>&1; then
    [ "$(head -c 16 "$tmp/demo.cordee" | tr -d '\0')" = "SQLite format 3" ] || fail "demo.cordee is no SQLite file"
    # application_id, big-endian at offset 68: what the MIME package's magic matches.
    [ "$(od -An -tx1 -j68 -N4 "$tmp/demo.cordee" | tr -d ' ')" = 436f7264 ] || fail "demo.cordee lacks the id"
    run "$root/usr/bin/cordee-cli" stats "$tmp/demo.cordee" --json >"$tmp/stats.json" ||
        fail "cordee-cli stats exited $?"
    grep -q '"participants": *350' "$tmp/stats.json" || fail "stats: $(head -c 300 "$tmp/stats.json")"
else
    fail "cordee-cli demo exited $?: $(cat "$tmp/demo.out")"
fi

# The MIME package compiles into a database that knows the type.
if XDG_DATA_DIRS=$root/usr/share update-mime-database "$root/usr/share/mime" >"$tmp/mime.out" 2>&1; then
    [ -f "$root/usr/share/mime/application/x-cordee.xml" ] || fail "update-mime-database made no application/x-cordee"
    [ ! -s "$tmp/mime.out" ] || fail "update-mime-database: $(cat "$tmp/mime.out")"
else
    fail "update-mime-database: $(cat "$tmp/mime.out")"
fi

# The installed entry and metainfo still validate.
desktop-file-validate "$root/usr/share/applications/org.cordee.Cordee.desktop" || fail "desktop-file-validate"
appstreamcli validate --no-net "$root/usr/share/metainfo/org.cordee.Cordee.metainfo.xml" >/dev/null ||
    fail "appstreamcli validate"

if [ "$failures" -ne 0 ]; then
    echo "$failures problem(s) in $deb" >&2
    exit 1
fi
echo "OK"
