#!/bin/sh
# Makes the workbooks in this folder with a real office suite (LibreOffice; on Debian:
# apt-get install libreoffice-calc). The results are committed; run this only to remake them.
#   office-penalties.xlsx  from office-penalties.fods: a title row, merged header cells (a two-row
#                          header), numeric ids, a date column in date cells, one as text, a formula
#   office-penalties.xls   the same saved as Excel 97-2003 (jicha refuses it with what to do)
#   newcomer-ledger.xlsx, newcomer-ledger-updated.xlsx
#                          from the .fods that make-newcomer-ledger.py writes (issue 26): a register with
#                          当事人, numeric 案号, date cells, a 合计 row and a 填表人 footer, and its update
#   wujiang-penalties.xlsx the example review's register of 吴江区 (examples/suzhou-2016-review/data),
#                          opened as CSV (UTF-8) in LibreOffice: its dates become date cells
set -e
here=$(cd "$(dirname "$0")" && pwd)
example="$here/../../../../examples/suzhou-2016-review/data"
out=$(mktemp -d)
soffice --headless --convert-to xlsx --outdir "$out" "$here/office-penalties.fods"
soffice --headless --convert-to xls --outdir "$out" "$here/office-penalties.fods"
python3 "$here/make-newcomer-ledger.py"
soffice --headless --convert-to xlsx --outdir "$out" "$here/newcomer-ledger.fods" "$here/newcomer-ledger-updated.fods"
# CSV filter options: comma (44), double quote (34), UTF-8 (76), from line 1
soffice --headless --infilter="CSV:44,34,76,1" --convert-to xlsx --outdir "$out" "$example/wujiang-penalties.csv"
cp "$out/office-penalties.xlsx" "$out/office-penalties.xls" "$out/wujiang-penalties.xlsx" "$here/"
cp "$out/newcomer-ledger.xlsx" "$out/newcomer-ledger-updated.xlsx" "$here/"
rm -rf "$out"
