#!/usr/bin/env bash
# Sets up a Debian bookworm machine for Cordée, builds it, and then either opens the app on the demo forum
# (`./build.sh app`) or runs the whole test suite (`./build.sh test`). Missing packages are installed with
# apt-get, as root or through sudo.
set -euo pipefail
cd "$(dirname "$0")"

packages=(
    cmake ninja-build g++ clang-format
    qt6-base-dev qt6-base-dev-tools libgl-dev qt6-charts-dev libqt6opengl6-dev libqt6sql6-sqlite libsqlite3-dev
    qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    xvfb xauth poppler-utils sqlite3
    fonts-noto-core fonts-noto-cjk # the declaration's PDF: names in any script, fonts embedded
    libquazip1-qt6-dev clang libclang-rt-dev
    coinor-cbc
    desktop-file-utils appstream libxml2-utils shared-mime-info dpkg-dev file # the .deb and its checks
)

install_missing() {
    local missing=()
    for p in "${packages[@]}"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    echo "Installing: ${missing[*]}"
    local sudo=""
    [ "$(id -u)" -ne 0 ] && sudo="sudo"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

build() {
    local preset=$1
    cmake --preset "$preset" >/dev/null
    cmake --build --preset "$preset" -j "$(nproc)"
}

case "${1:-}" in
app)
    install_missing
    build release
    exec build/release/src/app/cordee --demo
    ;;
test)
    install_missing
    preset=release
    [ -n "${CI:-}" ] && preset=ci
    build "$preset"
    cmake --build --preset "$preset" --target format-check
    ctest --preset "$preset" -j "$(nproc)"
    ;;
*)
    echo "usage: $0 app|test" >&2
    exit 1
    ;;
esac
