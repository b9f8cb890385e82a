#!/usr/bin/env python3
"""Makes the CJK font subsets jicha ships in its jar (src/main/resources/fonts/), see docs/fonts.md.

Input: Debian's fonts-noto-cjk (Noto Serif CJK / Noto Sans CJK, SIL Open Font License 1.1),
face 2 of each collection (Simplified Chinese), and Debian's fonts-lxgw-wenkai (LXGW WenKai, a 楷-style
face, SIL Open Font License 1.1). Run on Debian/Ubuntu with python3-fonttools:

    apt-get install python3-fonttools fonts-noto-cjk fonts-lxgw-wenkai   # or: apt-get download ...; dpkg -x ...
    /usr/bin/python3 src/main/fonts/make-subset.py [/usr/share/fonts/opentype/noto [/usr/share/fonts/truetype/lxgw-wenkai]]

The character set:
  - every character of GB 2312 (levels 1 and 2: 6763 hanzi, plus its symbols and punctuation);
  - every character in jicha's own texts and the example data (src/main/resources, rubrics/,
    examples/: UTF-8, CSV files also tried as GB18030), so jicha's strings never need a glyph the
    bundled font lacks;
  - ASCII, Latin-1, General Punctuation, the minus sign and arithmetic symbols, CJK Symbols and
    Punctuation, Halfwidth and Fullwidth Forms, circled numbers.
Then every glyph of a CFF (OpenType/CFF) subset is renamed so that its CID equals its glyph index: pyftsubset keeps the original
CIDs of a CID-keyed CFF font, but OpenPDF writes glyph indexes as CIDs (Identity-H), so without this
viewers draw nothing for Chinese characters. The tables a PDF does not use for horizontal text
(GSUB, GPOS, BASE, GDEF, vertical metrics) are dropped.
The output is deterministic for the same input fonts and the same repository texts.
"""
import pathlib
import subprocess
import sys

ROOT = pathlib.Path(__file__).resolve().parents[3]
SRC = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else "/usr/share/fonts/opentype/noto")
KAI_SRC = pathlib.Path(sys.argv[2] if len(sys.argv) > 2 else "/usr/share/fonts/truetype/lxgw-wenkai")
OUT = ROOT / "src/main/resources/fonts"

FACES = [  # (font file, face index, output name)
    (SRC / "NotoSerifCJK-Regular.ttc", 2, "NotoSerifSC-Regular-jicha.otf"),   # 仿宋's substitute
    (SRC / "NotoSansCJK-Bold.ttc", 2, "NotoSansSC-Bold-jicha.otf"),           # 黑体's substitute
    (SRC / "NotoSerifCJK-Bold.ttc", 2, "NotoSerifSC-Bold-jicha.otf"),         # 小标宋's substitute (issue 23 item 10)
    (KAI_SRC / "LXGWWenKai-Regular.ttf", 0, "JichaKai-Regular.ttf"),          # 楷体's substitute (issue 23 item 10)
]
# LXGW WenKai reserves the names "霞鹜" and "LXGW" (OFL 1.1 condition 3): the subset, a modified
# version, is renamed.
RENAMED = {"JichaKai-Regular.ttf": ("JichaKai", "JichaKai-Regular")}


def gb2312():
    chars = set()
    for hi in range(0xA1, 0xF8):
        for lo in range(0xA1, 0xFF):
            try:
                chars.update(bytes([hi, lo]).decode("gb2312"))
            except UnicodeDecodeError:
                pass
    return chars


def repository_texts():
    chars = set()
    for folder in ("src/main/resources", "rubrics", "examples"):
        for f in sorted((ROOT / folder).rglob("*")):
            if not f.is_file() or f.suffix.lower() in (".pdf", ".otf", ".ttf", ".ttc", ".png", ".jar"):
                continue
            data = f.read_bytes()
            for enc in ("utf-8", "gb18030"):
                try:
                    chars.update(data.decode(enc))
                    break
                except UnicodeDecodeError:
                    continue
    return chars


def ranges():
    chars = set()
    for lo, hi in [(0x20, 0x7E), (0xA0, 0xFF), (0x2010, 0x206F), (0x2212, 0x2212), (0x2190, 0x2199),
                   (0x2460, 0x2473), (0x2160, 0x216B), (0x3000, 0x303F), (0xFF01, 0xFF5E), (0xFFE0, 0xFFE6),
                   (0x00D7, 0x00D7), (0x00F7, 0x00F7), (0x2264, 0x2265), (0x2103, 0x2103), (0x2030, 0x2030)]:
        chars.update(chr(c) for c in range(lo, hi + 1))
    return chars


def main():
    chars = gb2312() | repository_texts() | ranges()
    chars = {c for c in chars if c.isprintable() or c == "\u3000"}
    OUT.mkdir(parents=True, exist_ok=True)
    unicodes = ",".join("U+%04X" % ord(c) for c in sorted(chars))
    print("%d characters" % len(chars))
    for source, face, name in FACES:
        subprocess.run([sys.executable, "-m", "fontTools.subset", str(source), "--font-number=%d" % face, "--unicodes=" + unicodes,
                        "--no-hinting",
                        "--name-IDs=*", "--name-legacy", "--name-languages=*", "--notdef-outline",
                        "--drop-tables+=GSUB,GPOS,BASE,GDEF,VORG,vhea,vmtx,DSIG",
                        "--output-file=" + str(OUT / name)], check=True)
        if name in RENAMED:
            rename(OUT / name, *RENAMED[name])
        if name.endswith(".otf"):
            cid_equals_gid(OUT / name)   # a TrueType subset: OpenPDF maps CIDs to glyph indexes itself
        print(name, (OUT / name).stat().st_size, "bytes")


def rename(path, family, postscript):
    from fontTools.ttLib import TTFont
    font = TTFont(str(path))
    names = font["name"]
    for record in list(names.names):
        if record.nameID in (1, 4, 16, 17, 18, 21, 22):
            record.string = family if record.nameID in (1, 16, 21) else (
                "Regular" if record.nameID in (17, 22) else family + (" Regular" if record.nameID == 4 else ""))
        elif record.nameID in (3, 6, 20):
            record.string = postscript
    font.save(str(path))


def cid_equals_gid(path):
    from fontTools.ttLib import TTFont
    font = TTFont(str(path))
    order = font.getGlyphOrder()
    renamed = dict(zip(order, [".notdef"] + ["cid%05d" % i for i in range(1, len(order))]))
    top = font["CFF "].cff.topDictIndex[0]
    strings = top.CharStrings
    strings.charStrings = {renamed[k]: v for k, v in strings.charStrings.items()}
    top.charset = [renamed[g] for g in top.charset]
    # variation sequences (cmap format 14) are not used by PDF text: dropped
    font["cmap"].tables = [t for t in font["cmap"].tables if t.format != 14]
    for table in font["cmap"].tables:
        table.cmap = {u: renamed[g] for u, g in table.cmap.items()}
    font["hmtx"].metrics = {renamed[g]: m for g, m in font["hmtx"].metrics.items()}
    font.setGlyphOrder([renamed[g] for g in order])
    font.save(str(path))


if __name__ == "__main__":
    main()
