#!/usr/bin/env bash
# Builds Orrery's self-contained app image and Debian package with the jpackage of the JDK that runs the build.
#
# Called by the installer module's pom (./mvnw -Pinstaller package), which sets:
#   ORRERY_JDK          the JDK running Maven: its jlink links the bundled runtime, its jpackage packs
#   ORRERY_VERSION      the project version, used as the app and package version
#   ORRERY_ROOT         the checkout's root folder (console-app/, sample-services/, assets/)
#   ORRERY_TARGET       installer/target: receives app-image/Orrery/, orrery_<version>-1_amd64.deb, sizes.txt
#   ORRERY_MODULES      the modules of the bundled runtime (comma-separated)
#   ORRERY_SERVICE_JVM_FLAGS   the flags the runtime starts services with (their AOT caches need the same)
#   ORRERY_CONSOLE_JVM_FLAGS   the flags the console runs with
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
[ -f "$console_jar" ] ||
    fail "$console_jar is missing: run './mvnw -Pinstaller package' from $root (it builds it first)."
for name in "${services[@]}"; do
    jar="$root/sample-services/$name/target/$name.jar"
    [ -f "$jar" ] || fail "$jar is missing: run './mvnw -Pinstaller package' from $root (it builds it first)."
done

rm -rf "$work" "$image_dest" "$target"/*.deb
mkdir -p "$input" "$work/services/lib" "$work/extract"

# Services, in the layout the runtime's ServiceDistribution reads under orrery.home: services/<name>/<name>.jar,
# the thin jar of Spring Boot's own extraction, beside its AOT cache. All services share one services/lib/ (their
# manifests point at ../lib/): they use the same libraries, which cuts ~270 MB of fat jars to ~70 MB. A library
# name always carries its version; a clash with different content stops the build.
for name in "${services[@]}"; do
    "$jdk/bin/java" -Djarmode=tools -jar "$root/sample-services/$name/target/$name.jar" \
        extract --destination "$work/extract/$name" >/dev/null
    mkdir -p "$work/services/$name"
    thin="$work/services/$name/$name.jar"
    mv "$work/extract/$name/$name.jar" "$thin"
    unzip -p "$thin" META-INF/MANIFEST.MF | tr -d '\r' | sed ':a;N;$!ba;s/\n //g' | grep '^Class-Path:' \
        | sed 's# lib/# ../lib/#g' \
        | awk '{ l = $0; print substr(l, 1, 72); l = substr(l, 73)
                 while (length(l) > 0) { print " " substr(l, 1, 71); l = substr(l, 72) } }' > "$work/class-path.mf"
    "$jdk/bin/jar" --update --file "$thin" --manifest "$work/class-path.mf"
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

# The console's JVM flags, the same as console-app/target/orrery-console.args.
console_java_options=()
for flag in $ORRERY_CONSOLE_JVM_FLAGS; do
    console_java_options+=(--java-options "$flag")
done

"$jdk/bin/jpackage" --type app-image --dest "$image_dest" \
    --name Orrery --app-version "$version" --vendor "$ORRERY_VENDOR" --description "$ORRERY_DESCRIPTION" \
    --input "$input" --main-jar orrery-console.jar --main-class dev.orrery.console.Main \
    --app-content "$work/services" --app-content "$work/content/icons" --app-content "$work/content/desktop" \
    --icon "$root/assets/icons/orrery-512.png" \
    --add-modules "$modules" --jlink-options "$jlink_options" \
    --java-options '-Dorrery.home=$APPDIR/..' --java-options '--enable-native-access=ALL-UNNAMED' \
    "${console_java_options[@]}" \
    --add-launcher "orrery=$work/orrery-cli.properties"

# The archive for compressed object pointers is the one every Orrery JVM uses (all run with heaps far below
# 32 GB); the second one jlink writes, for huge heaps, would only add 15 MB.
rm -f "$image/lib/runtime/lib/server/classes_nocoops.jsa"

# The supervisor starts every component with the bundled java: it must be there and run.
"$image/lib/runtime/bin/java" -version 2>&1 | head -1 || fail "the bundled runtime has no working bin/java"
echo "build-installer: app image in $image"

# AOT caches, made by the bundled runtime: the JVM refuses a cache made by another runtime image (the build's
# JDK has other modules), so the caches the service builds make cannot be reused. Each training run starts the
# service with the flags the runtime launches services with and the training arguments its build used (written in
# its target/<name>/<name>.aot.properties): it requests a few of its own paths on a free port, looking for its
# registry on that same port, and exits. It leaves <name>.aot and the stamp the runtime checks. The image may move
# (to /opt/orrery, or any folder a user unpacks it to): the JVM accepts a cache whose runtime and class path moved
# together.
bundled_java="$image/lib/runtime/bin/java"
vm_version=$("$bundled_java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.vm.version = //p')
free_port() {
    local port
    for port in $(shuf -i 20000-60000 -n 50); do
        # A refused connection means nothing listens there now.
        if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
            echo "$port"
            return
        fi
    done
    fail "found no free port on 127.0.0.1 for the AOT training runs"
}
for name in "${services[@]}"; do
    dir="$image/lib/services/$name"
    stamp="$root/sample-services/$name/target/$name/$name.aot.properties"
    args=$(sed -n 's/^training-args=//p' "$stamp" 2>/dev/null)
    args=${args:---orrery.aot.training.paths=/actuator/health}
    port=$(free_port)
    # shellcheck disable=SC2086 # the flags and arguments are lists separated by spaces
    # Absolute paths: the cache records the class path as given, and the runtime starts services by absolute path.
    (cd "$dir" && "$bundled_java" $ORRERY_SERVICE_JVM_FLAGS -XX:AOTCacheOutput="$dir/$name.aot" -Xlog:aot=error \
        -jar "$dir/$name.jar" --server.port="$port" \
        --eureka.client.service-url.defaultZone="http://127.0.0.1:$port/eureka/" \
        --eureka.client.should-unregister-on-shutdown=false $args \
        > "$work/aot-$name.log" 2>&1) || fail "the AOT training run of $name failed: see $work/aot-$name.log"
    [ -s "$dir/$name.aot" ] || fail "the AOT training run of $name wrote no cache: see $work/aot-$name.log"
    printf '# The JVM and flags that made %s.aot; the runtime uses the cache only with both the same.\n%s\n%s\n%s\n' \
        "$name" "java.vm.version=$vm_version" "flags=$ORRERY_SERVICE_JVM_FLAGS" "training-args=$args" \
        > "$dir/$name.aot.properties"
    echo "build-installer: AOT cache for $name ($(du -m "$dir/$name.aot" | cut -f1) MiB)"
done

# Desktop integration (menu entry, icons in every size, orrery on the PATH) is done by our own postinst and
# prerm rather than --linux-shortcut, which would also put the command-line launcher in the menu and needs a
# desktop menu set up (xdg-desktop-menu). xdg-utils stays a dependency: the console opens links with xdg-open.
"$jdk/bin/jpackage" --type deb --app-image "$image" --dest "$target" \
    --name Orrery --app-version "$version" --vendor "$ORRERY_VENDOR" --description "$ORRERY_DESCRIPTION" \
    --linux-package-name orrery --linux-deb-maintainer "$ORRERY_MAINTAINER" --linux-app-category devel \
    --linux-package-deps "libgtk-3-0, xdg-utils" --resource-dir "$here/resources" --temp "$work/deb-staging"

# jpackage copies the image into its staging folder with new modification times, and the JVM refuses an AOT cache
# whose jars changed time. Put back the image's times and pack the staging folder again (the contents and so the
# control file stay the same).
deb=$(ls "$target"/orrery_*.deb)
staging="$work/deb-staging/image"
[ -d "$staging/opt/orrery/lib/services" ] || fail "jpackage left no staging folder $staging to repack"
(cd "$image" && find . -type f -print0) | while IFS= read -r -d '' file; do
    touch -r "$image/$file" "$staging/opt/orrery/$file"
done
fakeroot dpkg-deb --build "$staging" "$deb" >/dev/null
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
