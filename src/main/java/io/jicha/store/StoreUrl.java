package io.jicha.store;

import io.jicha.common.UserError;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The address of a PostgreSQL store as users write it in {@code JICHA_STORE} or {@code --to}/{@code --from}:
 * {@code postgresql://user@host:5432/db} (libpq's form; {@code postgres://} too) or a JDBC URL
 * {@code jdbc:postgresql://host:5432/db?user=…}. A password is never part of it: it comes from
 * {@code PGPASSWORD} or the password file ({@code ~/.pgpass}, {@code PGPASSFILE}), as for psql.
 */
public record StoreUrl(String user, String host, int port, String database, Map<String, String> parameters) {

    private static final Pattern FORM = Pattern.compile(
            "(?:jdbc:postgresql|postgresql|postgres)://(?:([^@/?#]*)@)?(\\[[0-9A-Fa-f:.]+]|[^:/?#@]*)(?::(\\d{1,5}))?/([^/?#]+)(?:\\?([^#]*))?");

    /** A password in the user part ({@code user:secret@}) or as a parameter. */
    private static final Pattern PASSWORD = Pattern.compile("://[^@/?#]*:[^@/?#]*@|[?&]password=", Pattern.CASE_INSENSITIVE);

    /** Anything after {@code ://} with a colon somewhere before an {@code @}: a user and a password. */
    private static final Pattern USER_PASSWORD = Pattern.compile("://.*:.*@", Pattern.DOTALL);

    /**
     * Whether the text may hold a password in an address: a colon before an {@code @} after {@code ://},
     * whatever characters come between (a password may hold {@code / # ? @}), or a {@code password=}
     * parameter in any case. Checked before anything else, so that no message can echo a password; an
     * {@code @} in a parameter after {@code host:port} must then be written {@code %40}.
     */
    public static boolean mayHoldPassword(String text) {
        return USER_PASSWORD.matcher(text).find() || PASSWORD.matcher(text).find();
    }

    public static StoreUrl parse(String text) {
        if (mayHoldPassword(text)) {
            throw UserError.of("store.password-in-url"); // never echoed, whatever the rest of the address
        }
        Matcher m = FORM.matcher(text.strip());
        if (!m.matches()) {
            throw UserError.of("store.bad-url", text);
        }
        Map<String, String> params = new LinkedHashMap<>();
        if (m.group(5) != null && !m.group(5).isEmpty()) {
            for (String pair : m.group(5).split("&")) {
                int eq = pair.indexOf('=');
                String k = decode(eq < 0 ? pair : pair.substring(0, eq));
                String v = eq < 0 ? "" : decode(pair.substring(eq + 1));
                params.put(k, v);
            }
        }
        String userInfo = m.group(1);
        if ((userInfo != null && userInfo.contains(":"))
                || params.keySet().stream().anyMatch(k -> k.equalsIgnoreCase("password"))) {
            throw UserError.of("store.password-in-url");
        }
        String user = userInfo != null && !userInfo.isEmpty() ? decode(userInfo) : params.remove("user");
        params.remove("user");
        if (user == null || user.isBlank()) {
            String env = System.getenv("PGUSER");
            user = env != null && !env.isBlank() ? env : System.getProperty("user.name");
        }
        String host = m.group(2).isEmpty() ? "localhost" : m.group(2);
        int port = m.group(3) == null ? 5432 : Integer.parseInt(m.group(3));
        if (port < 1 || port > 65535) {
            throw UserError.of("store.bad-url", text);
        }
        return new StoreUrl(user, host, port, decode(m.group(4)), Map.copyOf(params));
    }

    private static String decode(String s) {
        return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    /** The address for messages: libpq's form, without parameters (it never holds a password). */
    public String display() {
        return "postgresql://" + user + "@" + host + ":" + port + "/" + database;
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://" + host + ":" + port + "/" + database;
    }

    /** The connection properties: the URL's parameters, the user, and PGPASSWORD when it is set. */
    public Properties properties() {
        Properties p = new Properties();
        p.setProperty("connectTimeout", "10");
        p.setProperty("tcpKeepAlive", "true");
        p.setProperty("ApplicationName", "jicha");
        parameters.forEach(p::setProperty);
        p.setProperty("user", user);
        String password = System.getenv("PGPASSWORD");
        if (password != null && !password.isEmpty()) {
            p.setProperty("password", password);
        }
        return p;
    }
}
