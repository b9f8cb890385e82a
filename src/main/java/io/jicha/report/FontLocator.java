package io.jicha.report;

import com.lowagie.text.pdf.BaseFont;
import io.jicha.common.Texts;
import io.jicha.common.UserError;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * Chooses the body and heading fonts for PDF documents, in this order (see docs/fonts.md):
 * the environment ({@code JICHA_FONT_BODY}, {@code JICHA_FONT_HEADING}), the system properties
 * ({@code jicha.font.body}, {@code jicha.font.heading}), then well-known font files under the
 * search roots (Windows, macOS and Linux font folders). A configured value is {@code path} or
 * {@code path,faceIndex}; a configured file that does not exist is an error, never a silent
 * fallback. When nothing is found the choice is empty and carries a warning saying how to fix it.
 */
public final class FontLocator {

    public static final String ENV_BODY = "JICHA_FONT_BODY";
    public static final String ENV_HEADING = "JICHA_FONT_HEADING";
    public static final String PROP_BODY = "jicha.font.body";
    public static final String PROP_HEADING = "jicha.font.heading";

    /** A file name to look for and the face-name fragments preferred inside a collection. */
    private record Candidate(String fileName, List<String> faceHints) {
        Candidate(String fileName, String... faceHints) {
            this(fileName.toLowerCase(Locale.ROOT), List.of(faceHints));
        }
    }

    // Song/FangSong first: GB/T 9704-2012 sets official-letter body text in FangSong.
    private static final List<Candidate> BODY = List.of(
            new Candidate("simfang.ttf"),                  // Windows FangSong
            new Candidate("simsun.ttc"),                   // Windows SimSun
            new Candidate("Songti.ttc", "sc-regular", "-sc-", "sc "), // macOS
            new Candidate("NotoSerifCJK-Regular.ttc", "cjksc"),
            new Candidate("NotoSerifCJKsc-Regular.otf"),
            new Candidate("NotoSerifSC-Regular.otf"),
            new Candidate("uming.ttc", "uming cn"),              // AR PL UMing
            new Candidate("NotoSansCJK-Regular.ttc", "cjksc"),
            new Candidate("NotoSansCJKsc-Regular.otf"),
            new Candidate("NotoSansSC-Regular.otf"),
            new Candidate("msyh.ttc"),                     // Microsoft YaHei
            new Candidate("PingFang.ttc", "pingfangsc-regular", "pingfangsc"),
            new Candidate("STHeiti Light.ttc", "heitisc", "heiti sc"),
            new Candidate("wqy-microhei.ttc"),
            new Candidate("wqy-zenhei.ttc"),
            new Candidate("ukai.ttc", "ukai cn"));

    // Hei first for headings; a Song bold face is the other common choice.
    private static final List<Candidate> HEADING = List.of(
            new Candidate("simhei.ttf"),                   // Windows SimHei
            new Candidate("msyhbd.ttc"),
            new Candidate("msyh.ttc"),
            new Candidate("STHeiti Medium.ttc", "heitisc", "heiti sc"),
            new Candidate("PingFang.ttc", "pingfangsc-medium", "pingfangsc"),
            new Candidate("NotoSansCJK-Bold.ttc", "cjksc"),
            new Candidate("NotoSansCJKsc-Bold.otf"),
            new Candidate("NotoSansSC-Bold.otf"),
            new Candidate("NotoSerifCJK-Bold.ttc", "cjksc"),
            new Candidate("NotoSansCJK-Regular.ttc", "cjksc"),
            new Candidate("wqy-microhei.ttc"),
            new Candidate("wqy-zenhei.ttc"));

    /** Simplified-Chinese faces in collections: Noto "...CJKsc-...", Apple "...SC-...", AR PL "... CN". */
    private static final List<String> CONFIGURED_FACE_HINTS = List.of("cjksc", "-sc-", "pingfangsc", "heitisc",
            " cn");

    private static final int MAX_DEPTH = 4;

    private final Map<String, String> env;
    private final Properties properties;
    private final List<Path> searchRoots;

    /** A locator with its inputs given explicitly (tests point it at an empty folder). */
    public FontLocator(Map<String, String> env, Properties properties, List<Path> searchRoots) {
        this.env = Map.copyOf(env);
        this.properties = (Properties) properties.clone();
        this.searchRoots = List.copyOf(searchRoots);
    }

    /** The locator for this process: its environment, system properties and the usual font folders. */
    public static FontLocator system() {
        return new FontLocator(System.getenv(), System.getProperties(), defaultRoots(System.getenv()));
    }

    /** Font folders of Windows, macOS and Linux; folders that do not exist are skipped later. */
    public static List<Path> defaultRoots(Map<String, String> env) {
        List<Path> roots = new ArrayList<>();
        String home = System.getProperty("user.home", "");
        roots.add(Path.of(env.getOrDefault("WINDIR", "C:\\Windows"), "Fonts"));
        if (env.containsKey("LOCALAPPDATA")) {
            roots.add(Path.of(env.get("LOCALAPPDATA"), "Microsoft", "Windows", "Fonts"));
        }
        roots.add(Path.of("/System/Library/Fonts"));
        roots.add(Path.of("/Library/Fonts"));
        if (!home.isEmpty()) {
            roots.add(Path.of(home, "Library", "Fonts"));
            roots.add(Path.of(home, ".local", "share", "fonts"));
            roots.add(Path.of(home, ".fonts"));
        }
        roots.add(Path.of("/usr/share/fonts"));
        roots.add(Path.of("/usr/local/share/fonts"));
        return roots;
    }

    /** Chooses the fonts; throws UserError when a configured font file does not exist. */
    public FontChoice locate() {
        Optional<FontSpec> body = configured(ENV_BODY, PROP_BODY);
        Optional<FontSpec> heading = configured(ENV_HEADING, PROP_HEADING);
        List<String> warnings = new ArrayList<>();
        Map<String, Path> found = null;
        if (body.isEmpty()) {
            found = scan();
            body = search(BODY, found);
        }
        if (heading.isEmpty()) {
            if (found == null) {
                found = scan();
            }
            heading = search(HEADING, found);
        }
        if (body.isEmpty()) {
            heading = Optional.empty();
            warnings.add(Texts.get("report.no-chinese-font", ENV_BODY, PROP_BODY));
        } else if (heading.isEmpty()) {
            heading = body;
        }
        return new FontChoice(body, heading, warnings);
    }

    private Optional<FontSpec> configured(String envName, String propName) {
        String value = env.get(envName);
        String source = envName;
        if (value == null || value.isBlank()) {
            value = properties.getProperty(propName);
            source = "-D" + propName;
        }
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        value = value.trim();
        Path file = Path.of(value);
        Integer index = null;
        int comma = value.lastIndexOf(',');
        if (comma > 0 && value.substring(comma + 1).trim().matches("\\d+")) {
            file = Path.of(value.substring(0, comma).trim());
            index = Integer.parseInt(value.substring(comma + 1).trim());
        }
        if (!Files.isRegularFile(file)) {
            throw UserError.of("report.such-font-file-fix-path", source, value);
        }
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (!(name.endsWith(".ttf") || name.endsWith(".otf") || name.endsWith(".ttc"))) {
            throw UserError.of("report.ttf-otf-ttc-font-file", source, value);
        }
        if (index == null) {
            index = name.endsWith(".ttc") ? preferredFace(file, CONFIGURED_FACE_HINTS) : 0;
        }
        return Optional.of(new FontSpec(file, index, source));
    }

    private static Optional<FontSpec> search(List<Candidate> candidates, Map<String, Path> found) {
        for (Candidate c : candidates) {
            Path file = found.get(c.fileName());
            if (file != null) {
                int index = c.fileName().endsWith(".ttc") ? preferredFace(file, c.faceHints()) : 0;
                return Optional.of(new FontSpec(file, index, "found"));
            }
        }
        return Optional.empty();
    }

    /** The first face whose name contains a hint (tried in order), else face 0. */
    static int preferredFace(Path ttc, List<String> hints) {
        String[] names;
        try {
            names = BaseFont.enumerateTTCNames(ttc.toString());
        } catch (Exception e) {
            return 0;
        }
        for (String hint : hints) {
            for (int i = 0; i < names.length; i++) {
                if (names[i].toLowerCase(Locale.ROOT).contains(hint)) {
                    return i;
                }
            }
        }
        return 0;
    }

    /** Lower-cased file name to path, for every font file under the search roots (first root wins). */
    private Map<String, Path> scan() {
        Map<String, Path> found = new HashMap<>();
        for (Path root : searchRoots) {
            if (!Files.isDirectory(root)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(root, MAX_DEPTH)) {
                files.filter(Files::isRegularFile).forEach(p ->
                        found.putIfAbsent(p.getFileName().toString().toLowerCase(Locale.ROOT), p));
            } catch (IOException | RuntimeException e) {
                // an unreadable font folder is skipped, like a missing one
            }
        }
        return found;
    }
}
