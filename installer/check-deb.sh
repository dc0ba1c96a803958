#!/usr/bin/env bash
# Checks the Linux packages on this machine (not part of `mvn verify` or CI: it takes minutes). It builds the app
# image and the .deb with package.sh, unpacks the .deb into an empty folder with `dpkg -x` (no maintainer scripts,
# nothing installed on the system), and then:
#   - runs the unpacked `balancer-studio` launcher without a display: `validate` on a sample design (exit 0 and the
#     report), on an exercise (exit 1), on a missing file (exit 2), and `--version`;
#   - runs the package's postinst and prerm against the unpacked folder (DPKG_ROOT, with the xdg tools replaced by
#     stand-ins that log, and fail as where there are no desktop menus) to see the /usr/bin/balancer-studio link
#     made and removed;
#   - starts the unpacked designer under Xvfb with ../shared/tools/gui-shot, once alone and once on an exercise file
#     (as the file association opens it), with an empty home folder, and saves the screenshots;
#   - prints the sizes.
#
#   installer/check-deb.sh [--no-build] [--shots DIR]
#
#   --no-build  package target/balancer-studio.jar as it is instead of building it first
#   --shots     where the screenshots go (default target/installer/check)
set -euo pipefail

cd "$(dirname "$0")/.."
project=$(pwd)

package_options=()
shots=target/installer/check
while [ $# -gt 0 ]; do
  case $1 in
    --no-build) package_options+=(--no-build); shift ;;
    --shots) shots=${2:?--shots needs a folder}; shift 2 ;;
    *) echo "check-deb.sh: unknown argument '$1'" >&2; exit 2 ;;
  esac
done
# The screenshot tool of the shared tools folder beside the checkout; GUI_SHOT names another.
gui_shot=${GUI_SHOT:-$project/../shared/tools/gui-shot}
[ -x "$gui_shot" ] || { echo "check-deb.sh: $gui_shot not found (set GUI_SHOT)" >&2; exit 2; }

failures=0
pass() { echo "  ok    $*"; }
fail() { echo "  FAIL  $*"; failures=$((failures + 1)); }

installer/package.sh "${package_options[@]}" --type app-image --type deb
deb=$(ls -t target/installer/balancer-studio_*.deb | head -1)
image="target/installer/Balancer Studio"

scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
root="$scratch/root"
mkdir -p "$root"
dpkg -x "$deb" "$root"
app="$root/opt/balancer-studio"
cli="$app/bin/balancer-studio"
designer="$app/bin/Balancer Studio"

echo
echo "== The unpacked package ($deb)"
for file in "$cli" "$designer"; do
  if [ -x "$file" ]; then pass "launcher ${file#"$root"}"; else fail "no launcher ${file#"$root"}"; fi
done
# The launchers find the runtime and the jar next to themselves; their settings must not name /opt.
if grep -q '/opt' "$app"/lib/app/*.cfg; then fail "a launcher's .cfg names /opt"
else pass "launcher settings use \$APPDIR only"; fi
modules=$(sed -n 's/^MODULES=//p' "$app/lib/runtime/release" | tr -d '"')
pass "runtime modules: $modules"
grep -q 'MimeType=application/x-balancer-studio-design' "$app"/lib/*Balancer_Studio.desktop \
  && grep -q 'Exec=.*%f' "$app"/lib/*Balancer_Studio.desktop \
  && pass "desktop entry opens design files" || fail "desktop entry has no design file association"
grep -q 'glob pattern="\*.balancer.json"' "$app"/lib/*MimeInfo.xml \
  && pass "mime type for *.balancer.json" || fail "no mime type for *.balancer.json"
grep -q 'NoDisplay=true' "$app"/lib/*-balancer-studio.desktop \
  && pass "the command line stays out of the menus" || fail "the command line has a menu entry"
cmp -s "$app/lib/Balancer_Studio.png" assets/app-icon-256.png \
  && pass "menu icon is assets/app-icon-256.png" || fail "menu icon is not the application icon"

echo
echo "== The command line, without a display"
home="$scratch/home"
mkdir -p "$home"
run_cli() { env -u DISPLAY -u WAYLAND_DISPLAY HOME="$home" "$cli" "$@"; }

sample=sample-designs/two-az-alb-web-tier.balancer.json
set +e
report=$(run_cli validate "$sample" 2>&1); code=$?
set -e
echo "$report" | sed 's/^/        /'
if [ $code -eq 0 ] && grep -q '^1 design checked: 0 errors' <<<"$report"; then
  pass "validate $sample: exit 0 and the report"
else
  fail "validate $sample: exit $code"
fi

exercise=sample-designs/exercises/nat-gateway-in-private-subnet.balancer.json
set +e
report=$(run_cli validate "$exercise" 2>&1); code=$?
set -e
echo "$report" | tail -3 | sed 's/^/        /'
if [ $code -eq 1 ] && grep -Eq '^1 design checked: [1-9][0-9]* errors?' <<<"$report"; then
  pass "validate $exercise: exit 1 and its errors"
else
  fail "validate $exercise: exit $code"
fi

set +e
report=$(run_cli validate "$scratch/no-such.balancer.json" 2>&1); code=$?
set -e
if [ $code -eq 2 ] && grep -q 'no such file' <<<"$report"; then pass "a missing file: exit 2, '$(head -1 <<<"$report")'"
else fail "a missing file: exit $code, $report"; fi

version=$(run_cli --version | head -1)
pom_version=$(sed -n 's/^version=//p' target/classes/com/balancerstudio/version.properties)
[ "$version" = "Balancer Studio $pom_version" ] && pass "--version: $version" || fail "--version: $version"

echo
echo "== The maintainer scripts' /usr/bin link (against the unpacked folder)"
control="$scratch/control"
dpkg-deb -e "$deb" "$control"
stubs="$scratch/stubs"
mkdir -p "$stubs" "$root/usr/bin"
# Stand-ins for the xdg tools: they log their arguments, and fail as on a machine without desktop menus while the
# file no-menus exists.
for tool in xdg-desktop-menu xdg-mime; do
  printf '#!/bin/sh\necho "%s $*" >> "%s/xdg.log"\n[ ! -e "%s/no-menus" ] || exit 3\n' \
    "$tool" "$scratch" "$scratch" > "$stubs/$tool"
  chmod +x "$stubs/$tool"
done
maintainer() { DPKG_ROOT="$root" PATH="$stubs:$PATH" sh "$control/$1" "$2" >/dev/null; }
maintainer postinst configure
link="$root/usr/bin/balancer-studio"
if [ -L "$link" ] && [ "$(readlink "$link")" = /opt/balancer-studio/bin/balancer-studio ]; then
  pass "postinst links /usr/bin/balancer-studio -> /opt/balancer-studio/bin/balancer-studio"
else
  fail "postinst made no /usr/bin/balancer-studio link"
fi
grep -q 'xdg-mime install .*MimeInfo.xml' "$scratch/xdg.log" \
  && pass "postinst installs the desktop entry and mime type: $(tr '\n' ';' < "$scratch/xdg.log")" \
  || fail "postinst does not install the mime type"
maintainer prerm remove
[ ! -e "$link" ] && [ ! -L "$link" ] && pass "prerm removes the link" || fail "prerm left the link"
touch "$scratch/no-menus"
if maintainer postinst configure 2>/dev/null && [ -L "$link" ]; then
  pass "without desktop menus postinst still succeeds and links the command"
else
  fail "postinst fails where there are no desktop menus"
fi
if maintainer prerm remove 2>/dev/null && [ ! -L "$link" ]; then
  pass "without desktop menus prerm still succeeds and removes the link"
else
  fail "prerm fails where there are no desktop menus"
fi
rm "$scratch/no-menus"
echo "another program" > "$link"
maintainer postinst configure
maintainer prerm remove
grep -q 'another program' "$link" && pass "a /usr/bin/balancer-studio of someone else is left alone" \
  || fail "a foreign /usr/bin/balancer-studio was replaced"

echo
echo "== The designer, under Xvfb, with an empty home folder"
mkdir -p "$shots"
shots=$(cd "$shots" && pwd)
# gui-shot shoots 2 s after the window appears; on a busy machine the first paint of the design can take longer.
echo "pause 8" > "$scratch/wait-for-paint"
# Java takes its home folder from the user database, not from HOME: the JVM reads JAVA_TOOL_OPTIONS, which the
# launchers pass on, so JavaFX's unpacked native code, the preferences and the recovery folder start empty too.
designer_shot() {
  local png=$1
  shift
  rm -rf "$home" && mkdir -p "$home"
  HOME="$home" JAVA_TOOL_OPTIONS="-Duser.home=$home" \
    "$gui_shot" -w 40 -a "$scratch/wait-for-paint" "$shots/$png" -- "$designer" "$@" >/dev/null
}
if designer_shot designer.png; then
  pass "window shown: $shots/designer.png (expect the flagship sample, Two-AZ ALB web tier)"
else
  fail "the designer did not show a window (see $shots/designer.log)"
fi
[ -d "$home/.openjfx/cache" ] && pass "JavaFX unpacked its native code into the empty home folder" \
  || fail "the designer did not run with the empty home folder"
if designer_shot designer-on-file.png "$project/$exercise"; then
  pass "window shown: $shots/designer-on-file.png (expect $exercise and its problems)"
else
  fail "the designer did not open $exercise (see $shots/designer-on-file.log)"
fi

echo
echo "== Sizes"
size() { du -sh "$1" | cut -f1; }
echo "  app image on disk:   $(size "$image")  ($image)"
echo "    runtime:           $(size "$image/lib/runtime")  (jlink: $modules)"
echo "    program:           $(size "$image/lib/app")  (balancer-studio.jar with JavaFX for this system)"
echo "  .deb file:           $(du -h --apparent-size "$deb" | cut -f1)  ($(stat -c %s "$deb") bytes, $deb)"
echo "  installed (control): $(dpkg-deb -f "$deb" Installed-Size) KiB"

echo
if [ $failures -eq 0 ]; then echo "All checks passed."; else echo "$failures check(s) failed."; exit 1; fi
