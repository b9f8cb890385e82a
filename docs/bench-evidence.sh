#!/bin/sh
# Evidence files (issue 25): 'evidence add' of 200 photos of about 5 MB each in one command, the same
# photos attached again (kept once), and 'report evidence' of the 360 attachments: a 60-page annex.
# Every jicha run is limited to a 512 MB heap (JICHA_JAVA_OPTS=-Xmx512m); GNU time gives the wall
# time and the peak resident memory. The photos are made once in $WORK by a single-file Java program:
# 3000x2250 pixels of noise over a gradient, JPEG quality 0.92, with EXIF orientation 6; each copy
# differs by its last bytes, so that each is stored under a hash of its own.
# Run from the repository root after './mvnw -q -DskipTests package'.
set -eu
root=$(pwd -P)
work=${WORK:-/tmp/jicha-bench-evidence}
mkdir -p "$work/photos"
if [ ! -f "$work/photos/IMG_0200.jpg" ]; then
  cat > "$work/MakePhotos.java" <<'JAVA'
import javax.imageio.*;
import javax.imageio.stream.*;
import java.awt.image.BufferedImage;
import java.io.*;
import java.nio.file.*;
import java.util.Random;

public class MakePhotos {
    public static void main(String[] a) throws Exception {
        Path dir = Path.of(a[0]);
        int w = 3000, h = 2250;
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Random r = new Random(25);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int n = r.nextInt(64);
                img.setRGB(x, y, ((x * 255 / w + n) & 0xFF) << 16 | ((y * 255 / h + n) & 0xFF) << 8 | (128 + n));
            }
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ImageWriter wr = ImageIO.getImageWritersByFormatName("jpeg").next();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
            wr.setOutput(out);
            ImageWriteParam p = wr.getDefaultWriteParam();
            p.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            p.setCompressionQuality(0.92f);
            wr.write(null, new IIOImage(img, null, null), p);
        }
        byte[] jpeg = bytes.toByteArray();
        // an APP1 Exif segment with IFD0 Orientation = 6 (big-endian TIFF), after the SOI marker
        byte[] exif = {'E','x','i','f',0,0,'M','M',0,42,0,0,0,8,0,1,0x01,0x12,0,3,0,0,0,1,0,6,0,0,0,0,0,0};
        for (int i = 1; i <= 200; i++) {
            try (OutputStream o = Files.newOutputStream(dir.resolve(String.format("IMG_%04d.jpg", i)))) {
                o.write(jpeg, 0, 2);
                o.write(new byte[] {(byte) 0xFF, (byte) 0xE1, 0, (byte) (exif.length + 2)});
                o.write(exif);
                o.write(jpeg, 2, jpeg.length - 2);
                o.write(String.format("%08d", i).getBytes()); // after EOI: another hash, the same picture
            }
        }
    }
}
JAVA
  java "$work/MakePhotos.java" "$work/photos"
fi
ls -l "$work/photos/IMG_0001.jpg"
ws=$work/ws
rm -rf "$ws"
export JICHA_WORKSPACE="$ws" JICHA_LANG=en JICHA_AUDITOR=bench JICHA_JAVA_OPTS=-Xmx512m
cd "$root"
./jicha session new --name bench --period 2016-10-10..2016-10-13 --units U --team bench > /dev/null
measure() { # label, command…
  label=$1; shift
  /usr/bin/time -f "$label: %e s wall, %U s user + %S s system CPU, %M KB peak RSS" "$@" > "$work/out.txt" 2> "$work/time.txt" || { cat "$work/time.txt"; exit 1; }
  tail -1 "$work/time.txt"
}
measure "add 200 photos" ./jicha evidence add "$work"/photos/IMG_0*.jpg --unit U --on 2016-10-10
measure "add 160 again" sh -c "./jicha evidence add $(ls "$work"/photos/IMG_0*.jpg | head -160 | tr '\n' ' ') --unit U --on 2016-10-11"
du -sh "$ws/bench/evidence"
measure "60-page annex" ./jicha report evidence --unit U --out "$work/annex.pdf" --force
pdfinfo "$work/annex.pdf" | grep -E "Pages|File size"
measure "session fsck" ./jicha session fsck
