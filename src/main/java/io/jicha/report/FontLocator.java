package io.jicha.report;

import com.lowagie.text.pdf.BaseFont;
import io.jicha.common.Texts;
import io.jicha.common.UserError;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Chooses a font for each {@link FontRole} (小标宋 title, 仿宋 body, 黑体 heading, 楷体), in this order
 * (see docs/fonts.md): the environment ({@code JICHA_FONT_TITLE}, {@code JICHA_FONT_BODY},
 * {@code JICHA_FONT_HEADING}, {@code JICHA_FONT_KAI}), the system properties ({@code jicha.font.title}
 * ...), then well-known font files under the search roots (Windows, macOS and Linux font folders,
 * Debian/Ubuntu packages), and last the subsets shipped in jicha's jar. A configured value is
 * {@code path} or {@code path,faceIndex}; a configured file that does not exist is an error, never a
 * silent fallback. A role drawn with another face than its own is named in one note line.
 */
public final class FontLocator {

    public static final String ENV_BODY = FontRole.BODY.envName();
    public static final String ENV_HEADING = FontRole.HEADING.envName();
    public static final String PROP_BODY = FontRole.BODY.propertyName();
    public static final String PROP_HEADING = FontRole.HEADING.propertyName();

    /**
     * A file name to look for, whether it is the role's own face ({@code exact}: e.g. simfang.ttf for
     * 仿宋) or a stand-in, and the face-name fragments preferred inside a collection.
     */
    private record Candidate(String fileName, boolean exact, List<String> faceHints) {
        static Candidate own(String fileName, String... faceHints) {
            return new Candidate(fileName.toLowerCase(Locale.ROOT), true, List.of(faceHints));
        }

        static Candidate standIn(String fileName, String... faceHints) {
            return new Candidate(fileName.toLowerCase(Locale.ROOT), false, List.of(faceHints));
        }
    }

    // 方正小标宋 (the face GB/T 9704 recommends for titles), then bold Song faces.
    private static final List<Candidate> TITLE = List.of(
            Candidate.own("FZXBSJW.TTF"), Candidate.own("FZXBSJW--GB1-0.ttf"), Candidate.own("方正小标宋简体.ttf"),
            Candidate.own("方正小标宋_GBK.ttf"), Candidate.own("FZXBSK.TTF"), Candidate.own("方正小标宋简体.TTF"),
            Candidate.standIn("STZHONGS.TTF"),                          // 华文中宋
            Candidate.standIn("NotoSerifCJK-Black.ttc", "cjksc"),       // fonts-noto-cjk-extra
            Candidate.standIn("NotoSerifCJKsc-Black.otf"),
            Candidate.standIn("NotoSerifCJK-Bold.ttc", "cjksc"),
            Candidate.standIn("NotoSerifCJKsc-Bold.otf"),
            Candidate.standIn("NotoSerifSC-Bold.otf"),
            Candidate.standIn("Songti.ttc", "sc-bold", "-sc-", "sc "),
            Candidate.standIn("simsun.ttc"));

    // FangSong first: GB/T 9704-2012 sets official-letter text in 仿宋; then Song, then Sans faces.
    private static final List<Candidate> BODY = List.of(
            Candidate.own("simfang.ttf"),                   // Windows FangSong
            Candidate.own("FZFSJW.TTF"), Candidate.own("方正仿宋简体.ttf"), Candidate.own("方正仿宋_GBK.ttf"),
            Candidate.own("STFANGSO.TTF"),                  // 华文仿宋
            Candidate.standIn("simsun.ttc"),                // Windows SimSun
            Candidate.standIn("Songti.ttc", "sc-regular", "-sc-", "sc "), // macOS
            Candidate.standIn("NotoSerifCJK-Regular.ttc", "cjksc"),
            Candidate.standIn("NotoSerifCJKsc-Regular.otf"),
            Candidate.standIn("NotoSerifSC-Regular.otf"),
            Candidate.standIn("uming.ttc", "uming cn"),     // AR PL UMing (fonts-arphic-uming)
            Candidate.standIn("gbsn00lp.ttf"),              // AR PL SungtiL GB (fonts-arphic-gbsn00lp)
            Candidate.standIn("NotoSansCJK-Regular.ttc", "cjksc"),
            Candidate.standIn("NotoSansCJKsc-Regular.otf"),
            Candidate.standIn("NotoSansSC-Regular.otf"),
            Candidate.standIn("msyh.ttc"),                  // Microsoft YaHei
            Candidate.standIn("PingFang.ttc", "pingfangsc-regular", "pingfangsc"),
            Candidate.standIn("STHeiti Light.ttc", "heitisc", "heiti sc"),
            Candidate.standIn("wqy-microhei.ttc"),
            Candidate.standIn("wqy-zenhei.ttc"),
            Candidate.standIn("ukai.ttc", "ukai cn"));

    // 黑体 for headings.
    private static final List<Candidate> HEADING = List.of(
            Candidate.own("simhei.ttf"),                    // Windows SimHei
            Candidate.own("FZHTJW.TTF"), Candidate.own("方正黑体简体.ttf"), Candidate.own("方正黑体_GBK.ttf"),
            Candidate.own("STHeiti Medium.ttc", "heitisc", "heiti sc"),
            Candidate.standIn("msyhbd.ttc"),
            Candidate.standIn("msyh.ttc"),
            Candidate.standIn("PingFang.ttc", "pingfangsc-medium", "pingfangsc"),
            Candidate.standIn("NotoSansCJK-Bold.ttc", "cjksc"),
            Candidate.standIn("NotoSansCJKsc-Bold.otf"),
            Candidate.standIn("NotoSansSC-Bold.otf"),
            Candidate.standIn("NotoSerifCJK-Bold.ttc", "cjksc"),
            Candidate.standIn("NotoSansCJK-Regular.ttc", "cjksc"),
            Candidate.standIn("wqy-microhei.ttc"),
            Candidate.standIn("wqy-zenhei.ttc"));

    // 楷体 for second-level headings.
    private static final List<Candidate> KAI = List.of(
            Candidate.own("simkai.ttf"),                    // Windows KaiTi
            Candidate.own("FZKTJW.TTF"), Candidate.own("方正楷体简体.ttf"), Candidate.own("方正楷体_GBK.ttf"),
            Candidate.own("STKAITI.TTF"),                   // 华文楷体
            Candidate.own("Kaiti.ttc", "sc-regular", "-sc-", "sc "), // macOS
            Candidate.own("gkai00mp.ttf"),                  // AR PL KaitiM GB (fonts-arphic-gkai00mp)
            Candidate.own("ukai.ttc", "ukai cn"),           // AR PL UKai (fonts-arphic-ukai)
            Candidate.standIn("LXGWWenKai-Regular.ttf"));   // LXGW WenKai (fonts-lxgw-wenkai), a 楷-style face

    private static final Map<FontRole, List<Candidate>> CANDIDATES = Map.of(FontRole.TITLE, TITLE,
            FontRole.BODY, BODY, FontRole.HEADING, HEADING, FontRole.KAI, KAI);

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

    /** Replaces the font folders searched (path-separator list); empty folder = a machine without fonts. */
    public static final String ENV_ROOTS = "JICHA_FONT_ROOTS";
    public static final String PROP_ROOTS = "jicha.font.roots";

    /**
     * The locator for this process: its environment, system properties and the usual font folders;
     * {@code JICHA_FONT_ROOTS} (or {@code -Djicha.font.roots}) replaces the folders, e.g. with an empty
     * one to see what a machine without Chinese fonts gets.
     */
    public static FontLocator system() {
        String roots = System.getenv(ENV_ROOTS);
        if (roots == null) {
            roots = System.getProperty(PROP_ROOTS);
        }
        List<Path> searchRoots = roots == null ? defaultRoots(System.getenv())
                : java.util.Arrays.stream(roots.split(java.io.File.pathSeparator)).filter(s -> !s.isBlank())
                        .map(Path::of).toList();
        return new FontLocator(System.getenv(), System.getProperties(), searchRoots);
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

    /**
     * Chooses a face for every role; throws UserError when a configured font file does not exist.
     * A role not configured and not found takes: 仿宋 the bundled serif; 黑体 the bundled sans bold;
     * 小标宋 the bundled bold serif; 楷体 the bundled 楷-style face (LXGW WenKai, renamed JichaKai).
     */
    public FontChoice locate() {
        Map<FontRole, FontSpec> faces = new EnumMap<>(FontRole.class);
        Map<FontRole, Boolean> own = new EnumMap<>(FontRole.class);
        Map<String, Path> found = null;
        for (FontRole role : List.of(FontRole.BODY, FontRole.HEADING, FontRole.TITLE, FontRole.KAI)) {
            Optional<FontSpec> configured = configured(role.envName(), role.propertyName());
            if (configured.isPresent()) {
                faces.put(role, configured.get());
                own.put(role, true);
                continue;
            }
            if (found == null) {
                found = scan();
            }
            Optional<Map.Entry<FontSpec, Boolean>> hit = search(CANDIDATES.get(role), found);
            if (hit.isPresent()) {
                faces.put(role, hit.get().getKey());
                own.put(role, hit.get().getValue());
            } else {
                faces.put(role, switch (role) {
                    case BODY -> FontSpec.BUNDLED_SERIF;
                    case HEADING -> faces.get(FontRole.BODY).isBundled() ? FontSpec.BUNDLED_SANS : faces.get(FontRole.BODY);
                    case TITLE -> FontSpec.BUNDLED_SERIF_BOLD; // heavier than the body, as 小标宋 is
                    case KAI -> FontSpec.BUNDLED_KAI;          // a 楷-style face, not the body's
                });
                own.put(role, false);
            }
        }
        List<String> substituted = new ArrayList<>();
        for (FontRole role : FontRole.values()) {
            if (!own.get(role)) {
                FontSpec face = faces.get(role);
                substituted.add(Texts.get("report.fonts.role", role.chineseName(), face.isBundled()
                        ? Texts.get("report.fonts.bundled-face", face.fileName()) : face.fileName()));
            }
        }
        List<String> warnings = substituted.isEmpty() ? List.of()
                : List.of(Texts.get("report.fonts.substituted", String.join(Texts.get("report.fonts.separator"), substituted)));
        Set<FontRole> substitutedRoles = EnumSet.noneOf(FontRole.class);
        own.forEach((role, isOwn) -> {
            if (!isOwn) {
                substitutedRoles.add(role);
            }
        });
        return new FontChoice(faces, warnings, substitutedRoles);
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
            throw UserError.of("report.font.noFile", source, value);
        }
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (!(name.endsWith(".ttf") || name.endsWith(".otf") || name.endsWith(".ttc"))) {
            throw UserError.of("report.font.notFont", source, value);
        }
        if (index == null) {
            index = name.endsWith(".ttc") ? preferredFace(file, CONFIGURED_FACE_HINTS) : 0;
        }
        return Optional.of(new FontSpec(file, index, source));
    }

    private static Optional<Map.Entry<FontSpec, Boolean>> search(List<Candidate> candidates, Map<String, Path> found) {
        for (Candidate c : candidates) {
            Path file = found.get(c.fileName());
            if (file != null) {
                int index = c.fileName().endsWith(".ttc") ? preferredFace(file, c.faceHints()) : 0;
                return Optional.of(Map.entry(new FontSpec(file, index, "found"), c.exact()));
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
