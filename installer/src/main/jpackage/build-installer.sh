#!/usr/bin/env bash
# Builds Orrery's self-contained app image and Debian package with the jpackage of the JDK that runs the build.
#
# Called by the installer module's pom (./mvnw -Pinstaller package), which sets:
#   ORRERY_JDK          the JDK running Maven: its jlink links the bundled runtime, its jpackage packs
#   ORRERY_VERSION      the project version, used as the app and package version
#   ORRERY_ROOT         the checkout's root folder (console-app/, sample-services/, assets/)
#   ORRERY_TARGET       installer/target: receives app-image/Orrery/, orrery_<version>-1_amd64.deb, sizes.txt
#   ORRERY_MODULES      the modules of the bundled runtime (comma-separated)
#   ORRERY_VENDOR, ORRERY_MAINTAINER, ORRERY_DESCRIPTION   package metadata
set -euo pipefail

jdk=${ORRERY_JDK:?set ORRERY_JDK to a JDK 25 home}
version=${ORRERY_VERSION:?set ORRERY_VERSION}
root=$(cd "${ORRERY_ROOT:?set ORRERY_ROOT}" && pwd)
target=${ORRERY_TARGET:?set ORRERY_TARGET}
modules=${ORRERY_MODULES:?set ORRERY_MODULES}
here=$(cd "$(dirname "$0")" && pwd)
services=(registry gateway heroes-service threats-service auth-service)

work="$target/jpackage-work"
input="$work/input"
image_dest="$target/app-image"
image="$image_dest/Orrery"

fail() {
    echo "build-installer: $*" >&2
    exit 1
}

[ -x "$jdk/bin/jpackage" ] || fail "no jpackage in $jdk/bin: build with a full JDK 25 (JAVA_HOME)."
command -v dpkg-deb >/dev/null || fail "dpkg-deb is missing: the Debian package needs it (apt-get install dpkg-dev)."
command -v fakeroot >/dev/null || fail "fakeroot is missing: jpackage needs it for a .deb (apt-get install fakeroot)."

console_jar="$root/console-app/target/orrery-console.jar"
[ -f "$console_jar" ] || fail "$console_jar is missing: run './mvnw -Pinstaller package' from $root (it builds it first)."
for name in "${services[@]}"; do
    jar="$root/sample-services/$name/target/$name.jar"
    [ -f "$jar" ] || fail "$jar is missing: run './mvnw -Pinstaller package' from $root (it builds it first)."
done

rm -rf "$work" "$image_dest" "$target"/*.deb
mkdir -p "$input" "$work/services/lib" "$work/extract"

# Services: Spring Boot's own extraction gives each one a thin jar whose manifest class path points at lib/.
# All services share one lib/ folder: they use the same libraries, which cuts the bundle from ~270 MB of fat
# jars to ~70 MB. A library name always carries its version; a clash with different content stops the build.
for name in "${services[@]}"; do
    "$jdk/bin/java" -Djarmode=tools -jar "$root/sample-services/$name/target/$name.jar" \
        extract --destination "$work/extract/$name" >/dev/null
    mv "$work/extract/$name/$name.jar" "$work/services/$name.jar"
    for lib in "$work/extract/$name/lib/"*.jar; do
        shared="$work/services/lib/$(basename "$lib")"
        if [ -e "$shared" ]; then
            cmp -s "$lib" "$shared" || fail "two services bundle different files named $(basename "$lib")"
        else
            mv "$lib" "$shared"
        fi
    done
done

cp "$console_jar" "$input/orrery-console.jar"
mkdir -p "$work/content/icons" "$work/content/desktop"
cp "$root"/assets/icons/orrery-*.png "$work/content/icons/"
cp "$here/desktop/orrery.desktop" "$work/content/desktop/"

cat > "$work/orrery-cli.properties" <<PROPERTIES
main-class=dev.orrery.runtime.cli.OrreryCli
description=Orrery command line: up, down, status, token, call
linux-shortcut=false
PROPERTIES

# Options that keep bin/java in the runtime (jpackage's defaults strip it; the supervisor needs it to start every
# component) and a class-data archive for faster JVM start-up of the console and every service.
jlink_options="--strip-debug --no-header-files --no-man-pages --generate-cds-archive"

"$jdk/bin/jpackage" --type app-image --dest "$image_dest" \
    --name Orrery --app-version "$version" --vendor "$ORRERY_VENDOR" --description "$ORRERY_DESCRIPTION" \
    --input "$input" --main-jar orrery-console.jar --main-class dev.orrery.console.Main \
    --app-content "$work/services" --app-content "$work/content/icons" --app-content "$work/content/desktop" \
    --icon "$root/assets/icons/orrery-512.png" \
    --add-modules "$modules" --jlink-options "$jlink_options" \
    --java-options '-Dorrery.home=$APPDIR/..' --java-options '--enable-native-access=ALL-UNNAMED' \
    --add-launcher "orrery=$work/orrery-cli.properties"

# The archive for compressed object pointers is the one every Orrery JVM uses (all run with heaps far below
# 32 GB); the second one jlink writes, for huge heaps, would only add 15 MB.
rm -f "$image/lib/runtime/lib/server/classes_nocoops.jsa"

# The supervisor starts every component with the bundled java: it must be there and run.
"$image/lib/runtime/bin/java" -version 2>&1 | head -1 || fail "the bundled runtime has no working bin/java"
echo "build-installer: app image in $image"

# Desktop integration (menu entry, icons in every size, orrery on the PATH) is done by our own postinst and
# prerm rather than --linux-shortcut, which would also put the command-line launcher in the menu.
"$jdk/bin/jpackage" --type deb --app-image "$image" --dest "$target" \
    --name Orrery --app-version "$version" --vendor "$ORRERY_VENDOR" --description "$ORRERY_DESCRIPTION" \
    --linux-package-name orrery --linux-deb-maintainer "$ORRERY_MAINTAINER" --linux-app-category devel \
    --linux-package-deps "libgtk-3-0, xdg-utils" --resource-dir "$here/resources"

deb=$(ls "$target"/orrery_*.deb)
deb_bytes=$(stat -c %s "$deb")
installed_kib=$(dpkg-deb -f "$deb" Installed-Size)
image_kib=$(du -sk "$image" | cut -f1)
{
    echo "deb=$(basename "$deb")"
    echo "deb_mib=$((deb_bytes / 1048576))"
    echo "installed_mib=$((installed_kib / 1024))"
    echo "app_image_mib=$((image_kib / 1024))"
} > "$target/sizes.txt"
echo "build-installer: $(basename "$deb"): $((deb_bytes / 1048576)) MiB, installed $((installed_kib / 1024)) MiB"
