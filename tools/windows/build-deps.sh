#!/usr/bin/env bash
# Cross-builds what Upgrade Wizard links on Windows into a prefix that is kept: Qt 6.8 (qtbase
# from Debian's source package; qtsvg and qthttpserver from the archives of ../shared/sources,
# checked against their SHA256SUMS), fmt, spdlog and KArchive (Debian's source packages).
# Runs inside the Windows build root (tools/dev windows setup); each part is built once and
# marked done in $PREFIX/.done/, so an interrupted setup goes on where it stopped.
#
#   build-deps.sh SOURCES_DIR
#
# SOURCES_DIR holds qtsvg-v6.8.0.tar.xz, qthttpserver-v6.8.0.tar.xz and SHA256SUMS.
set -euo pipefail

sources=${1:?usage: build-deps.sh SOURCES_DIR}
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
toolchain=$here/mingw-w64.cmake
prefix=${UW_WINDOWS_PREFIX:-/opt/uw-win64}
work=/opt/uw-win64-src
jobs=$(nproc)
export UW_WINDOWS_PREFIX=$prefix

say() { printf 'tools/dev windows: %s\n' "$*" >&2; }
die() { say "error: $*"; exit 1; }
done_mark() { [ -f "$prefix/.done/$1" ]; }
mark_done() { mkdir -p "$prefix/.done" && touch "$prefix/.done/$1"; }
# Raised when a part is built another way (its mark renamed with it): tools/dev windows setup
# runs this script again until the prefix is marked all-r<revision>.
revision=2
started=$(date +%s)
elapsed() { local s=$(($(date +%s) - started)); printf '%d min %02d s' $((s / 60)) $((s % 60)); }

mkdir -p "$prefix" "$work"
cd "$work"

# Debian's source of a package, unpacked once into $work/<package>-<version>/; prints that folder.
debian_source() {
    local package=$1 dir
    dir=$(find "$work" -maxdepth 1 -type d -name "$2-*" | head -n1)
    if [ -z "$dir" ]; then
        (cd "$work" && apt-get source -qq "$package" >"$work/$package.source.log" 2>&1) ||
            die "apt-get source $package failed; see $work/$package.source.log"
        dir=$(find "$work" -maxdepth 1 -type d -name "$2-*" | head -n1)
    fi
    [ -n "$dir" ] || die "no source folder for $package in $work"
    echo "$dir"
}

# The commits of the v6.8.0 tags (../shared/sources/README.md): what a download must be.
declare -A qt_module_commit=(
    [qtsvg]=a96fa8e059b4e969bc79c57a7328e297df138434
    [qthttpserver]=eaf6b5dac7c32120802d77cac40b1d13120cca56
)

# A module's archive from SOURCES_DIR, checked against SHA256SUMS, unpacked once; prints its
# folder. Without the archive, where there is internet, the tag is cloned from Qt's repository
# and must be the commit above.
qt_module_source() {
    local name=$1 archive="$sources/$1-v6.8.0.tar.xz" dir="$work/$1-everywhere-src-6.8.0"
    if [ ! -f "$archive" ] && [ ! -d "$dir" ]; then
        say "$archive is missing: cloning $name v6.8.0 from code.qt.io"
        git clone -q --depth 1 --branch v6.8.0 "https://code.qt.io/qt/$name.git" "$dir.clone" >&2 ||
            die "$archive is missing and $name could not be downloaded (set UW_WINDOWS_SOURCES to the folder that holds it)"
        [ "$(git -C "$dir.clone" rev-parse HEAD)" = "${qt_module_commit[$name]}" ] ||
            die "the downloaded $name v6.8.0 is not commit ${qt_module_commit[$name]}; not using it"
        mv "$dir.clone" "$dir"
    fi
    if [ ! -d "$dir" ]; then
        (cd "$sources" && grep " $name-v6.8.0.tar.xz\$" SHA256SUMS | sha256sum --check --status) ||
            die "$archive does not match its SHA256SUMS entry"
        tar -C "$work" -xJf "$archive"
    fi
    echo "$dir"
}

# cmake_part NAME SOURCE_DIR ARGS...: configure, build and install a CMake project for Windows.
cmake_part() {
    local name=$1 src=$2
    shift 2
    local build="$work/build-$name"
    rm -rf "$build"
    cmake -S "$src" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DCMAKE_TOOLCHAIN_FILE="$toolchain" \
        -DCMAKE_INSTALL_PREFIX="$prefix" -DCMAKE_PREFIX_PATH="$prefix" "$@" >"$work/$name.log" 2>&1 ||
        die "configuring $name failed; see $work/$name.log"
    cmake --build "$build" --parallel "$jobs" >>"$work/$name.log" 2>&1 ||
        die "building $name failed; see $work/$name.log"
    cmake --install "$build" >>"$work/$name.log" 2>&1 || die "installing $name failed; see $work/$name.log"
}

if ! done_mark qtbase; then
    say "qtbase 6.8 for Windows: about 20 minutes on 2 cores (measured 18), once; log: $work/qtbase.log"
    src=$(debian_source qt6-base qt6-base)
    build="$work/build-qtbase"
    rm -rf "$build" && mkdir -p "$build"
    # Only what the program uses: no OpenGL, D-Bus or SQL; TLS through Windows' own schannel.
    # -no-feature-tabletevent: Debian's dfsg source drops the wintab header it needs.
    (cd "$build" && "$src/configure" -prefix "$prefix" -xplatform win32-g++ -qt-host-path /usr -release \
        -unity-build -nomake examples -nomake tests -no-opengl -no-dbus -no-feature-sql \
        -no-feature-tabletevent -system-zlib -qt-pcre -qt-libpng -qt-libjpeg -qt-freetype -qt-harfbuzz \
        -schannel -no-openssl -- -G Ninja -DCMAKE_TOOLCHAIN_FILE="$toolchain" \
        -DQT_HOST_PATH_CMAKE_DIR=/usr/lib/x86_64-linux-gnu/cmake) >"$work/qtbase.log" 2>&1 ||
        die "configuring qtbase failed; see $work/qtbase.log"
    cmake --build "$build" --parallel "$jobs" >>"$work/qtbase.log" 2>&1 || die "building qtbase failed; see $work/qtbase.log"
    cmake --install "$build" >>"$work/qtbase.log" 2>&1 || die "installing qtbase failed; see $work/qtbase.log"
    mark_done qtbase
    say "qtbase done ($(elapsed))"
fi

for module in qtsvg qthttpserver; do
    done_mark "$module" && continue
    say "$module 6.8.0 for Windows: a few minutes; log: $work/$module.log"
    src=$(qt_module_source "$module")
    build="$work/build-$module"
    rm -rf "$build" && mkdir -p "$build"
    (cd "$build" && "$prefix/bin/qt-configure-module" "$src" -- -G Ninja) >"$work/$module.log" 2>&1 ||
        die "configuring $module failed; see $work/$module.log"
    cmake --build "$build" --parallel "$jobs" >>"$work/$module.log" 2>&1 || die "building $module failed; see $work/$module.log"
    cmake --install "$build" >>"$work/$module.log" 2>&1 || die "installing $module failed; see $work/$module.log"
    mark_done "$module"
    say "$module done ($(elapsed))"
done

if ! done_mark fmt; then
    say "fmt for Windows: seconds"
    cmake_part fmt "$(debian_source fmtlib fmtlib)" -DBUILD_SHARED_LIBS=ON -DFMT_TEST=OFF -DFMT_DOC=OFF
    mark_done fmt
fi

# Wide file names: a log folder under a profile with non-ASCII characters must open
# (app/src/logging.cpp). The mark names the option, so an older build without it is redone.
if ! done_mark spdlog-wchar; then
    say "spdlog for Windows (with that fmt, wide file names): seconds"
    cmake_part spdlog "$(debian_source spdlog spdlog)" -DSPDLOG_BUILD_SHARED=ON -DSPDLOG_FMT_EXTERNAL=ON \
        -DSPDLOG_WCHAR_FILENAMES=ON -DSPDLOG_BUILD_EXAMPLE=OFF -DSPDLOG_BUILD_TESTS=OFF -DSPDLOG_BUILD_BENCH=OFF
    mark_done spdlog-wchar
fi

if ! done_mark karchive; then
    say "KArchive for Windows (zip and gzip only): under a minute"
    cmake_part karchive "$(debian_source kf6-karchive kf6-karchive)" -DQT_HOST_PATH=/usr -DECM_DIR=/usr/share/ECM/cmake \
        -DBUILD_TESTING=OFF -DBUILD_QCH=OFF -DWITH_BZIP2=OFF -DWITH_LIBLZMA=OFF -DWITH_OPENSSL=OFF \
        -DWITH_LIBZSTD=OFF
    mark_done karchive
fi

mark_done "all-r$revision"
say "the Windows prefix is ready in $prefix ($(elapsed) this time)"
