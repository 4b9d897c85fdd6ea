#!/bin/sh
# Renders the sample client copy the way a client without the add-in sees it, into
# docs/client-copy.png (the README's picture): writes the .xlsx (scripts/write-client-copy.ts),
# has LibreOffice Calc convert it to PDF, one page per sheet whatever its size, and turns the
# first page (the service report) into a PNG. Not part of `npm test`.
#
# Needs Debian's LibreOffice and poppler, and Carlito (metric-compatible with Calibri, the
# workbook's font) so column widths come out as in Excel:
#   apt-get install -y --no-install-recommends libreoffice-calc poppler-utils fonts-crosextra-carlito
set -eu
cd "$(dirname "$0")/.."

for tool in libreoffice pdftoppm; do
  command -v "$tool" >/dev/null || {
    echo "$tool is missing: apt-get install -y --no-install-recommends libreoffice-calc poppler-utils fonts-crosextra-carlito" >&2
    exit 1
  }
done
fc-list | grep -qi carlito || echo "warning: the Carlito font is missing; LibreOffice will draw Calibri text with another font" >&2

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
npx tsx scripts/write-client-copy.ts "$work/client-copy.xlsx"
# A private profile, so a LibreOffice already running does not take the job (or block it).
libreoffice -env:UserInstallation="file://$work/profile" --headless \
  --convert-to 'pdf:calc_pdf_Export:{"SinglePageSheets":{"type":"boolean","value":"true"}}' \
  --outdir "$work" "$work/client-copy.xlsx" >/dev/null
pdftoppm -png -r 96 -f 1 -l 1 -singlefile "$work/client-copy.pdf" docs/client-copy
echo "docs/client-copy.png"
