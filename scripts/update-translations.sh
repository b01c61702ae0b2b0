#!/usr/bin/env bash
# The translations (translations/inversize_*.ts) against the sources.
#
#   scripts/update-translations.sh          # adds new strings to every .ts as unfinished, drops
#                                           # vanished ones, then lists what is left to translate
#   scripts/update-translations.sh --check  # changes nothing: fails (exit 1) listing every string
#                                           # of the sources that some language lacks (the i18n test)
#
# Translate the listed strings in Qt Linguist (`/usr/lib/qt6/bin/linguist translations/*.ts`) or
# in the XML (fill <translation>, remove type="unfinished"); the build compiles the .ts into the
# application. The files carry no line numbers, so branches that add strings merge cleanly: after
# a merge run this script once and translate what it lists.
set -euo pipefail
cd "$(dirname "$0")/.."
LUPDATE=${LUPDATE:-$(qtpaths6 --query QT_HOST_BINS 2>/dev/null || echo /usr/lib/qt6/bin)/lupdate}
[ -x "$LUPDATE" ] || LUPDATE=$(command -v lupdate6 || command -v lupdate)
TS=(translations/inversize_de.ts translations/inversize_pt.ts)
SOURCES=(ui app/gui)

run_lupdate() {  # the .ts files to update
  "$LUPDATE" -silent -locations none -no-obsolete -extensions cpp,hpp "${SOURCES[@]}" -ts "$@" >/dev/null
}

# Prints "file: context: source" for every unfinished or empty translation; returns 1 if any.
list_unfinished() {
  python3 - "$@" <<'PY'
import sys, xml.etree.ElementTree as ET
missing = 0
for path in sys.argv[1:]:
    for ctx in ET.parse(path).getroot().iter("context"):
        name = ctx.findtext("name")
        for m in ctx.iter("message"):
            t = m.find("translation")
            if t is None or t.get("type") in ("unfinished",) or not (t.text or "").strip() and not t.findall("numerusform"):
                if t is not None and t.get("type") in ("vanished", "obsolete"):
                    continue
                print(f"{path.split('/')[-1]}: {name}: {m.findtext('source')!r}")
                missing += 1
            for n in (t.findall("numerusform") if t is not None else []):
                if not (n.text or "").strip():
                    print(f"{path.split('/')[-1]}: {name}: {m.findtext('source')!r} (a plural form)")
                    missing += 1
print(f"{missing} strings to translate", file=sys.stderr)
sys.exit(1 if missing else 0)
PY
}

if [ "${1:-}" = "--check" ]; then
  tmp=$(mktemp -d)
  trap 'rm -rf "$tmp"' EXIT
  copies=()
  for f in "${TS[@]}"; do cp "$f" "$tmp/"; copies+=("$tmp/$(basename "$f")"); done
  run_lupdate "${copies[@]}"
  list_unfinished "${copies[@]}"
else
  run_lupdate "${TS[@]}"
  list_unfinished "${TS[@]}" || true
fi
