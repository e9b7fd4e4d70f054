#!/bin/bash
# Tries the Windows installer as a new user would, in a Wine prefix of its own that has nothing
# else (no WINEPATH, no Qt, no compiler runtime): installs it silently, runs the installed
# program (--version, playbooks, a headless run of sample-local, the GUI on the "windows"
# platform plugin with Wine's null graphics driver), looks for the Start-menu entries, then
# uninstalls it silently and checks that nothing is left. Run inside the Windows build root
# (`tools/dev windows package` does). Usage: try-installer.sh INSTALLER.exe
set -u
installer=$1
[ -f "$installer" ] || { echo "try-installer: no installer $installer" >&2; exit 2; }

failures=0
say() { printf 'try-installer: %s\n' "$*" >&2; }
fail() { say "FAILED: $*"; failures=$((failures + 1)); }

# Nothing from the build environment reaches the installed program.
unset WINEPATH WINEQT_PLUGIN_PATH WINEQT_QPA_PLATFORM QT_PLUGIN_PATH
export WINEDEBUG=-all WINEQT_FORCE_STDERR_LOGGING=1
WINEPREFIX=$(mktemp -d /tmp/uw-installer-XXXXXX)/wine
export WINEPREFIX
trap 'wineserver -k >/dev/null 2>&1; rm -rf "$(dirname "$WINEPREFIX")"' EXIT

say "a fresh Wine prefix (about 10 s)"
wineboot -i >/dev/null 2>&1
# The "windows" platform plugin without an X display.
wine reg add 'HKCU\Software\Wine\Drivers' /v Graphics /d null /f >/dev/null 2>&1

say "installing $(basename "$installer") silently"
cp "$installer" "$WINEPREFIX/drive_c/installer.exe"
timeout 300 wine 'C:\installer.exe' /S >/dev/null 2>&1 || fail "the installer exited with $?"
dir="$WINEPREFIX/drive_c/Program Files/Upgrade Wizard"
program='C:\Program Files\Upgrade Wizard\bin\upgrade-wizard.com'
[ -f "$dir/bin/upgrade-wizard.com" ] || { fail "no $dir/bin/upgrade-wizard.com"; exit 1; }
[ -f "$dir/bin/platforms/qwindows.dll" ] || fail "no platforms/qwindows.dll beside the program"

out=$(timeout 60 wine "$program" --version 2>&1 | tr -d '\r')
case $out in "upgrade-wizard "*) say "--version: $out" ;; *) fail "--version printed: $out" ;; esac

out=$(timeout 60 wine "$program" playbooks 2>&1 | tr -d '\r')
case $out in *sample-local*) say "playbooks: lists $(printf '%s\n' "$out" | wc -l) lines, sample-local among them" ;;
*) fail "playbooks printed: $out" ;; esac

out=$(timeout 120 wine "$program" run sample-local --confirm-all 2>&1 | tr -d '\r')
status=$?
if [ $status -eq 0 ] && printf '%s\n' "$out" | grep -q '^== Decision: GO'; then
    say "run sample-local --confirm-all: GO"
else
    fail "run sample-local --confirm-all exited with $status: $(printf '%s\n' "$out" | tail -5)"
fi

# The GUI: started on the real platform plugin, it logs "wizard shown"; then it is stopped.
# (%LOCALAPPDATA%\upgrade-wizard\logs, made by the run above.)
logs=$(find "$WINEPREFIX/drive_c/users" -type d -path '*AppData/Local/upgrade-wizard/logs' 2>/dev/null | head -1)
wine "$program" gui >/dev/null 2>&1 &
gui=$!
shown=no
for _ in $(seq 1 60); do
    if grep -qs 'wizard shown' "$logs"/upgrade-wizard.log; then shown=yes; break; fi
    sleep 1
done
kill "$gui" 2>/dev/null
wine taskkill /f /im upgrade-wizard.com >/dev/null 2>&1
wait "$gui" 2>/dev/null
if [ $shown = yes ]; then say "gui: the wizard was shown on the windows platform plugin"; else fail "gui: no 'wizard shown' in $logs/upgrade-wizard.log"; fi

menu=$(find "$WINEPREFIX/drive_c" -path '*Start Menu/Programs/Upgrade Wizard*' -name '*.lnk' 2>/dev/null)
if printf '%s\n' "$menu" | grep -q 'Upgrade Wizard.lnk' && printf '%s\n' "$menu" | grep -q 'Upgrade Wizard (training).lnk'; then
    say "Start menu: $(printf '%s\n' "$menu" | sed 's|.*/||' | paste -sd, -)"
else
    fail "Start menu entries missing (found: ${menu:-none})"
fi

say "uninstalling silently"
timeout 120 wine 'C:\Program Files\Upgrade Wizard\Uninstall.exe' /S >/dev/null 2>&1
# The uninstaller copies itself away and returns at once; wait for it to finish.
for _ in $(seq 1 60); do [ -e "$dir" ] || break; sleep 1; done
if [ -e "$dir" ]; then
    fail "left behind: $(find "$dir" | head -5 | paste -sd' ' -)"
else
    say "uninstalled: $dir is gone"
fi
menu=$(find "$WINEPREFIX/drive_c" -path '*Start Menu/Programs/Upgrade Wizard*' 2>/dev/null)
[ -z "$menu" ] || fail "Start-menu entries left: $menu"

if [ $failures -eq 0 ]; then say "the installer works"; else say "$failures check(s) failed"; fi
[ $failures -eq 0 ]
