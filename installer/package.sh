#!/usr/bin/env bash
# Builds Balancer Studio's installable packages with jpackage (JDK 17+): first a self-contained application image
# (the shaded jar, a Java runtime made by jlink with only the modules the program uses, the designer launcher and the
# `balancer-studio` command-line launcher), then the installer of the operating system it runs on, made from that
# image. jpackage builds only for the system it runs on: run this once on Linux, Windows (Git Bash) and macOS.
#
#   installer/package.sh [--type TYPE]... [--no-build] [--dest DIR]
#
#   --type      app-image, deb (Linux), msi or exe (Windows), dmg or pkg (macOS); may be given more than once.
#               Default: deb on Linux, msi on Windows, dmg on macOS (each also leaves the app image beside it).
#   --no-build  use target/balancer-studio.jar as it is (the Maven profile `installer` passes this after packaging);
#               otherwise the jar is built first with `mvn -B -DskipTests package`.
#   --dest      where the packages go (default target/installer).
set -euo pipefail

cd "$(dirname "$0")/.."

types=()
build=yes
dest=target/installer
while [ $# -gt 0 ]; do
  case $1 in
    --type) types+=("${2:?--type needs a value}"); shift 2 ;;
    --type=*) types+=("${1#--type=}"); shift ;;
    --no-build) build=no; shift ;;
    --dest) dest=${2:?--dest needs a value}; shift 2 ;;
    --dest=*) dest=${1#--dest=}; shift ;;
    -h|--help) sed -n '2,/^set -euo/{/^set -euo/d;s/^# \{0,1\}//;p;}' "$0"; exit 0 ;;
    *) echo "package.sh: unknown argument '$1' (see --help)" >&2; exit 2 ;;
  esac
done

case "$(uname -s)" in
  Linux) os=linux; default_type=deb ;;
  Darwin) os=mac; default_type=dmg ;;
  MINGW*|MSYS*|CYGWIN*) os=windows; default_type=msi ;;
  *) echo "package.sh: jpackage does not build for $(uname -s)" >&2; exit 2 ;;
esac
[ ${#types[@]} -gt 0 ] || types=("$default_type")
for type in "${types[@]}"; do
  case "$os:$type" in
    *:app-image|linux:deb|windows:msi|windows:exe|mac:dmg|mac:pkg) ;;
    *) echo "package.sh: jpackage cannot make a '$type' on $os" >&2; exit 2 ;;
  esac
done

for tool in jpackage jdeps; do
  command -v "$tool" >/dev/null || { echo "package.sh: $tool not found; a JDK 17 or newer is needed" >&2; exit 2; }
done

if [ "$build" = yes ]; then
  mvn -q -B -DskipTests package
fi
jar=target/balancer-studio.jar
version_file=target/classes/com/balancerstudio/version.properties
[ -f "$jar" ] && [ -f "$version_file" ] \
  || { echo "package.sh: $jar is missing; run 'mvn -B -DskipTests package' first" >&2; exit 2; }

# jpackage wants a numeric version (1 to 3 numbers; macOS and Windows check it). A snapshot such as 0.2.0-SNAPSHOT
# is packaged as 0.2.0; the Debian package then gets the revision 0.snapshot, which dpkg sorts before the release's 1.
pom_version=$(sed -n 's/^version=//p' "$version_file" | tr -d '\r')
app_version=${pom_version%%-*}
if ! [[ $app_version =~ ^[0-9]+(\.[0-9]+){0,2}$ ]]; then
  echo "package.sh: the version '$pom_version' in pom.xml does not start with numbers like 1.2.3" >&2
  exit 2
fi
release=1
[ "$app_version" = "$pom_version" ] || release=0.snapshot

# Paths stay relative to the project folder: Git Bash on Windows hands them to jpackage unchanged.
work="$dest/work"
rm -rf "$work"
mkdir -p "$work/input"
# jpackage puts everything in --input into the image: only the program.
cp "$jar" "$work/input/"

# The Java modules the program uses, found in its classes (picocli, Jackson, JavaFX and ours). JavaFX is not among
# them: it comes from Maven as jars with native code inside, in the shaded jar on the class path, as `java -jar` runs it.
modules=$(jdeps --print-module-deps --ignore-missing-deps --multi-release 17 "$jar" | tail -1)
echo "Java modules for the runtime: $modules"

name="Balancer Studio"
description="Design, validate, simulate and export AWS load-balanced network topologies."
vendor="Balancer Studio"

# Linux takes the PNG; Windows wants an .ico and macOS an .icns, written here from the same PNG.
case $os in
  linux) icon="assets/app-icon-256.png" ;;
  windows) icon="$work/app-icon.ico"; java -Djava.awt.headless=true installer/IconFiles.java ico "assets/app-icon-256.png" "$icon" ;;
  mac) icon="$work/app-icon.icns"; java -Djava.awt.headless=true installer/IconFiles.java icns "assets/app-icon-256.png" "$icon" ;;
esac

# The image's folder is named after the application on Windows and Linux, "<name>.app" on macOS.
image_dir="$dest/$name"
[ $os = mac ] && image_dir="$dest/$name.app"
rm -rf "$image_dir"
jpackage --type app-image --dest "$dest" --temp "$work/app-image" \
  --name "$name" --app-version "$app_version" --description "$description" --vendor "$vendor" \
  --input "$work/input" --main-jar balancer-studio.jar --main-class com.balancerstudio.Main \
  --add-modules "$modules" \
  --jlink-options "--strip-debug --no-header-files --no-man-pages --strip-native-commands" \
  --icon "$icon" \
  --add-launcher "balancer-studio=installer/cli-launcher.properties"
echo "App image: $image_dir ($(du -sh "$image_dir" | cut -f1) on disk)"

# jpackage finds its Linux templates overridden in a folder by the names it gives them, which follow the launchers'
# names: the desktop entries (the designer's opens a design file it is given; the command line's stays out of the
# menus) and the maintainer scripts (which also link the command into /usr/bin).
mkdir -p "$work/linux-resources"
cp installer/linux/postinst installer/linux/prerm "$work/linux-resources/"
cp installer/linux/designer.desktop "$work/linux-resources/$name.desktop"
cp installer/linux/command-line.desktop "$work/linux-resources/balancer-studio.desktop"

for type in "${types[@]}"; do
  [ "$type" = app-image ] && continue
  options=(--type "$type" --dest "$dest" --temp "$work/$type" --app-image "$image_dir"
    --name "$name" --app-version "$app_version" --description "$description" --vendor "$vendor" --icon "$icon")
  case $os in
    # The design file association only on Linux, where the file manager matches the whole "*.balancer.json" and
    # passes the file on the command line. Windows matches only the last extension (.json); macOS hands a
    # double-clicked file to the running program as an open-document event, which the program does not listen for.
    linux) options+=(--file-associations installer/file-associations.properties
      --linux-package-name balancer-studio --linux-shortcut --linux-menu-group Development --linux-app-category devel --linux-app-release "$release"
      --resource-dir "$work/linux-resources") ;;
    # The upgrade code stays the same for every version: Windows Installer knows a newer version of the same
    # product by it and replaces the older one.
    windows) options+=(--win-menu --win-menu-group "$name" --win-shortcut --win-dir-chooser
      --win-upgrade-uuid bca03336-8ac0-47f8-ab72-fd710ab68b9e) ;;
    mac) options+=(--mac-package-identifier com.balancerstudio.app --mac-package-name "$name") ;;
  esac
  # JavaFX's native code (in the jar, unpacked at first start) needs GTK 3, XTest and, for hardware rendering,
  # OpenGL: jpackage finds dependencies only in the Java runtime's libraries, so these are named here.
  [ $os = linux ] && options+=(--linux-package-deps "libgtk-3-0, libxtst6, libgl1, libxxf86vm1")
  jpackage "${options[@]}"
done

rm -rf "$work"
echo "Packages in $dest:"
ls -l "$dest"
