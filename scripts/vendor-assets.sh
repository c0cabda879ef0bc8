#!/usr/bin/env bash
# Refresh the browser assets the analyst pages serve from kg/web/static/vendor/ (committed, so a
# checkout works offline): install the npm packages pinned in package-lock.json, then copy their
# built files. Run after changing package.json; commit package-lock.json and the copied files.
#
#   bash scripts/vendor-assets.sh            # npm ci, then copy
#   bash scripts/vendor-assets.sh --check    # fail if the committed copies differ from npm's
set -euo pipefail
cd "$(dirname "$0")/.."

MODE="${1:-}"
if [ "$MODE" != "--no-install" ]; then
    npm ci --ignore-scripts --no-audit --no-fund
fi

SRC=node_modules/@zazuko/yasqe
DEST=kg/web/static/vendor/yasqe
VERSION=$(node -p "require('./$SRC/package.json').version")
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT

# The source map comment would make browsers' developer tools ask for a file we do not ship.
sed '/^\/\/# sourceMappingURL=/d' "$SRC/build/yasqe.min.js" > "$TMP/yasqe.min.js"
cp "$SRC/build/yasqe.min.css" "$TMP/yasqe.min.css"
cat > "$TMP/LICENSE" <<LICENSE
@zazuko/yasqe $VERSION (YASQE, the query editor of YASGUI) - https://github.com/rdfjs/Yasgui
Copied from the npm package by scripts/vendor-assets.sh. Licence: MIT (package.json "license").
The bundle includes CodeMirror 5 (MIT) and other MIT-licensed dependencies.

MIT License

Copyright (c) Triply B.V., Zazuko GmbH and the YASGUI contributors

Permission is hereby granted, free of charge, to any person obtaining a copy of this software and
associated documentation files (the "Software"), to deal in the Software without restriction,
including without limitation the rights to use, copy, modify, merge, publish, distribute,
sublicense, and/or sell copies of the Software, and to permit persons to whom the Software is
furnished to do so, subject to the following conditions:

The above copyright notice and this permission notice shall be included in all copies or
substantial portions of the Software.

THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR IMPLIED, INCLUDING BUT
NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY, FITNESS FOR A PARTICULAR PURPOSE AND
NONINFRINGEMENT. IN NO EVENT SHALL THE AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM,
DAMAGES OR OTHER LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM, OUT
OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE SOFTWARE.
LICENSE

# The map's world outline: Natural Earth 1:110m countries as TopoJSON, from world-atlas (ISC;
# the data is public domain). kg/web/worldmap.py decodes and draws it; no tile server.
ATLAS=node_modules/world-atlas
ATLAS_DEST=kg/web/static/vendor/world-atlas
ATLAS_VERSION=$(node -p "require('./$ATLAS/package.json').version")
ATLAS_TMP="$TMP/world-atlas"
mkdir -p "$ATLAS_TMP"
cp "$ATLAS/countries-110m.json" "$ATLAS_TMP/countries-110m.json"
{
  echo "world-atlas $ATLAS_VERSION - https://github.com/topojson/world-atlas"
  echo "Copied from the npm package by scripts/vendor-assets.sh: countries-110m.json, the"
  echo "countries of Natural Earth's 1:110m Admin 0 data (public domain, naturalearthdata.com) as"
  echo "TopoJSON. Licence of the package: ISC (package.json \"license\"), as follows."
  echo
  cat "$ATLAS/LICENSE"
} > "$ATLAS_TMP/LICENSE"

if [ "$MODE" = "--check" ]; then
    diff -r "$ATLAS_TMP" "$ATLAS_DEST" && echo "vendor-assets: $ATLAS_DEST matches world-atlas $ATLAS_VERSION"
    rm -r "$ATLAS_TMP"
    diff -r "$TMP" "$DEST" && echo "vendor-assets: $DEST matches @zazuko/yasqe $VERSION"
    exit $?
fi
mkdir -p "$ATLAS_DEST"
cp "$ATLAS_TMP"/* "$ATLAS_DEST"/
rm -r "$ATLAS_TMP"
echo "vendor-assets: copied world-atlas $ATLAS_VERSION into $ATLAS_DEST"
mkdir -p "$DEST"
cp "$TMP"/* "$DEST"/
echo "vendor-assets: copied @zazuko/yasqe $VERSION into $DEST"
