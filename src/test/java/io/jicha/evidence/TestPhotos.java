package io.jicha.evidence;

import javax.imageio.ImageIO;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * Small JPEG photos with real EXIF (Make, Model, Orientation in IFD0; DateTimeOriginal in the Exif
 * sub-IFD), written byte by byte after TIFF 6.0 / EXIF 2.3, so that tests and the example need no
 * camera. The picture shows an arrow pointing to the top of the scene and a label, so that a page
 * image shows whether a viewer turned it upright.
 */
public final class TestPhotos {

    private TestPhotos() {
    }

    /**
     * A photo of a scene {@code w}×{@code h}, stored as a camera with the given orientation stores it
     * (the pixels turned so that applying the orientation shows the scene upright).
     */
    public static byte[] jpeg(int w, int h, String label, Color background, String dateTimeOriginal, int orientation,
                              String make, String model) {
        BufferedImage scene = scene(w, h, label, background);
        BufferedImage stored = storedAs(scene, orientation);
        ByteArrayOutputStream plain = new ByteArrayOutputStream();
        try {
            ImageIO.write(stored, "jpg", plain);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return withExif(plain.toByteArray(), exif(dateTimeOriginal, orientation, make, model));
    }

    static BufferedImage scene(int w, int h, String label, Color background) {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(background);
        g.fillRect(0, 0, w, h);
        g.setColor(Color.WHITE);
        g.fillRect(w / 10, h / 10, w * 8 / 10, h * 8 / 10);
        g.setColor(Color.BLACK);
        g.setStroke(new BasicStroke(Math.max(2, w / 60f)));
        int cx = w / 2;
        g.drawLine(cx, h * 3 / 4, cx, h / 5); // an arrow to the top of the scene
        g.fillPolygon(new int[] {cx - w / 12, cx + w / 12, cx}, new int[] {h / 5 + h / 10, h / 5 + h / 10, h / 6}, 3);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, Math.max(10, h / 10)));
        g.drawString(label, w / 8, h * 7 / 8 - h / 20);
        g.dispose();
        return img;
    }

    /** The pixels a camera stores for an upright scene, so that EXIF {@code orientation} turns them back. */
    static BufferedImage storedAs(BufferedImage scene, int orientation) {
        return switch (orientation) {
            case 1 -> scene;
            case 3 -> rotate(scene, 180);
            case 6 -> rotate(scene, 270); // shown turned 90° clockwise, so stored turned 90° counter-clockwise
            case 8 -> rotate(scene, 90);
            default -> throw new IllegalArgumentException("orientation " + orientation + " not made here");
        };
    }

    /** The image turned clockwise by {@code degrees} (90, 180 or 270). */
    static BufferedImage rotate(BufferedImage src, int degrees) {
        int w = src.getWidth();
        int h = src.getHeight();
        boolean swap = degrees != 180;
        BufferedImage out = new BufferedImage(swap ? h : w, swap ? w : h, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int rgb = src.getRGB(x, y);
                switch (degrees) {
                    case 90 -> out.setRGB(h - 1 - y, x, rgb);
                    case 180 -> out.setRGB(w - 1 - x, h - 1 - y, rgb);
                    case 270 -> out.setRGB(y, w - 1 - x, rgb);
                    default -> throw new IllegalArgumentException();
                }
            }
        }
        return out;
    }

    /** An APP1 "Exif" payload: a big-endian TIFF header, IFD0 and the Exif sub-IFD. */
    static byte[] exif(String dateTimeOriginal, int orientation, String make, String model) {
        byte[] mk = ascii(make);
        byte[] md = ascii(model);
        byte[] dt = ascii(dateTimeOriginal);
        int ifd0 = 8;
        int ifd0Entries = 4;
        int ifd0Size = 2 + ifd0Entries * 12 + 4;
        int sub = ifd0 + ifd0Size;
        int subSize = 2 + 12 + 4;
        int data = sub + subSize;
        ByteBuffer b = ByteBuffer.allocate(6 + data + mk.length + md.length + dt.length);
        b.put("Exif\0\0".getBytes(StandardCharsets.ISO_8859_1));
        b.put(new byte[] {'M', 'M', 0, 42});
        b.putInt(ifd0);
        b.putShort((short) ifd0Entries);
        int at = data;
        entry(b, 0x010F, 2, mk.length, at); // Make
        at += mk.length;
        entry(b, 0x0110, 2, md.length, at); // Model
        at += md.length;
        b.putShort((short) 0x0112).putShort((short) 3).putInt(1).putShort((short) orientation).putShort((short) 0);
        entry(b, 0x8769, 4, 1, sub); // Exif IFD pointer
        b.putInt(0);
        b.putShort((short) 1);
        entry(b, 0x9003, 2, dt.length, at + 0); // DateTimeOriginal
        b.putInt(0);
        b.put(mk).put(md).put(dt);
        return b.array();
    }

    private static void entry(ByteBuffer b, int tag, int type, int count, int valueOrOffset) {
        b.putShort((short) tag).putShort((short) type).putInt(count).putInt(valueOrOffset);
    }

    private static byte[] ascii(String s) {
        return (s + "\0").getBytes(StandardCharsets.US_ASCII);
    }

    /** The JPEG with an APP1 segment holding {@code exif} right after its start-of-image marker. */
    static byte[] withExif(byte[] jpeg, byte[] exif) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(jpeg, 0, 2);
        int len = exif.length + 2;
        out.write(0xFF);
        out.write(0xE1);
        out.write(len >> 8);
        out.write(len & 0xFF);
        out.write(exif, 0, exif.length);
        out.write(jpeg, 2, jpeg.length - 2);
        return out.toByteArray();
    }
}
