#!/usr/bin/env bash
# Installs the Debian packages Funnelscope needs to build, test and run.
# Safe to run repeatedly: it only calls apt-get when something is missing.
set -euo pipefail

packages=(
    build-essential cmake ninja-build pkg-config
    qt6-base-dev qt6-base-dev-tools qt6-charts-dev libqt6opengl6-dev libqt6sql6-sqlite
    qt6-l10n-tools qt6-tools-dev qt6-tools-dev-tools libqt6svg6 bc gawk
    libgl-dev libsqlite3-dev sqlite3
    postgresql libqt6sql6-psql libpq-dev
    xvfb xauth poppler-utils fonts-noto-core fonts-noto-cjk qt6-translations-l10n
    clang libclang-rt-14-dev
    desktop-file-utils appstream shared-mime-info librsvg2-bin
)

missing=()
for p in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$p")
    fi
done

if ((${#missing[@]})); then
    echo "Installing: ${missing[*]}"
    SUDO=""
    if [[ $(id -u) -ne 0 ]]; then SUDO="sudo"; fi
    export DEBIAN_FRONTEND=noninteractive
    $SUDO apt-get update -qq
    $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
