package dev.grace.adapter.out.persistence;

import java.io.ByteArrayOutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Where the database is and how to log in, in the form pgjdbc wants: a JDBC URL that never carries the
 * credentials (so it can be logged), and the user and password beside it.
 *
 * <p>{@link #parse} accepts every form the contract lists for {@code DATABASE_URL}:
 * <ul>
 *   <li>{@code jdbc:postgresql://host:port/db?…} — passed on as it is; {@code user}/{@code password} query
 *       parameters (and a {@code user:pass@} prefix, which pgjdbc itself would not understand) become the
 *       credentials;</li>
 *   <li>{@code postgresql://user:pass@host:port/db?…} and {@code postgres://…} (libpq URIs), and
 *       {@code postgresql+<driver>://…} (SQLAlchemy URLs such as {@code postgresql+asyncpg://}).</li>
 * </ul>
 * In the libpq forms user, password, database and query values are percent-decoded; hosts may be IPv6
 * literals in brackets, several hosts may be listed with commas, the port defaults to 5432. Query parameters
 * with a pgjdbc equivalent are translated ({@code sslmode}, asyncpg's {@code ssl}, {@code connect_timeout},
 * {@code application_name}, {@code target_session_attrs}); parameters only asyncpg understands (statement
 * caches, {@code command_timeout}, …) are dropped; every other parameter is kept for pgjdbc.
 *
 * @param jdbcUrl a {@code jdbc:postgresql:} URL without credentials
 * @param user the user name, or null to let the driver choose
 * @param password the password, or null for password-less authentication
 */
public record DatabaseUrl(String jdbcUrl, String user, String password) {
    static final String JDBC_PREFIX = "jdbc:postgresql:";
    private static final int DEFAULT_PORT = 5432;

    /** asyncpg (and SQLAlchemy's asyncpg dialect) options that have no meaning for pgjdbc. */
    private static final Set<String> ASYNCPG_ONLY = Set.of(
            "command_timeout", "statement_cache_size", "prepared_statement_cache_size",
            "prepared_statement_name_func", "max_cached_statement_lifetime", "max_cacheable_statement_size",
            "server_settings", "direct_tls", "passfile", "krbsrvname", "gsslib", "async_fallback");

    public DatabaseUrl {
        if (jdbcUrl == null || !jdbcUrl.startsWith(JDBC_PREFIX)) {
            throw new IllegalArgumentException("jdbcUrl must start with " + JDBC_PREFIX);
        }
    }

    /**
     * Reads a database URL from a configuration variable.
     *
     * @param variableName named in every error message, e.g. {@code DATABASE_URL}
     * @throws IllegalArgumentException when the value is not a PostgreSQL URL; the message names the
     *     variable and never contains the value (which may hold a password)
     */
    public static DatabaseUrl parse(String variableName, String value) {
        if (value == null || value.isBlank()) {
            throw invalid(variableName, "it is empty");
        }
        String trimmed = value.strip();
        try {
            if (trimmed.regionMatches(true, 0, JDBC_PREFIX, 0, JDBC_PREFIX.length())) {
                return parseJdbc(trimmed.substring(JDBC_PREFIX.length()));
            }
            int schemeEnd = trimmed.indexOf("://");
            if (schemeEnd < 0) {
                throw new Malformed("expected postgresql://user:password@host:port/database or jdbc:postgresql://…");
            }
            String scheme = trimmed.substring(0, schemeEnd).toLowerCase(Locale.ROOT);
            if (!scheme.equals("postgresql") && !scheme.equals("postgres") && !scheme.startsWith("postgresql+")) {
                throw new Malformed("scheme '" + printable(scheme) + "' is not a PostgreSQL scheme"
                        + " (postgresql, postgres, postgresql+asyncpg or jdbc:postgresql)");
            }
            return parseUri(trimmed.substring(schemeEnd + 3));
        } catch (Malformed e) {
            throw invalid(variableName, e.getMessage());
        }
    }

    /** The same server and credentials, another database on it. */
    public DatabaseUrl withDatabase(String database) {
        Parts parts = Parts.of(jdbcUrl);
        return new DatabaseUrl(JDBC_PREFIX + "//" + parts.hosts + "/" + encode(database) + parts.query, user, password);
    }

    /** {@code host:port/database}, safe to show in logs and error messages. */
    public String target() {
        Parts parts = Parts.of(jdbcUrl);
        return parts.hosts + "/" + parts.database;
    }

    /** The database name (percent-decoded), or empty when the URL names none. */
    public String database() {
        return decodeOrKeep(Parts.of(jdbcUrl).database);
    }

    @Override
    public String toString() {
        return "DatabaseUrl[jdbcUrl=" + jdbcUrl + ", user=" + user + ", password="
                + (password == null ? "<none>" : "*****") + "]";
    }

    // ---- jdbc:postgresql: form -------------------------------------------------------------------------

    private static DatabaseUrl parseJdbc(String rest) {
        String user = null;
        String password = null;
        String base = rest;
        String query = "";
        int q = rest.indexOf('?');
        if (q >= 0) {
            base = rest.substring(0, q);
            query = rest.substring(q + 1);
        }
        if (base.startsWith("//")) {
            int slash = base.indexOf('/', 2);
            String authority = slash < 0 ? base.substring(2) : base.substring(2, slash);
            int at = authority.lastIndexOf('@');
            if (at >= 0) {
                String[] credentials = splitUserInfo(authority.substring(0, at));
                user = credentials[0];
                password = credentials[1];
                base = "//" + authority.substring(at + 1) + (slash < 0 ? "" : base.substring(slash));
                authority = authority.substring(at + 1);
            }
            if (authority.isEmpty()) {
                base = "//localhost:" + DEFAULT_PORT + (slash < 0 ? "/" : base.substring(slash));
            }
        } else if (base.isEmpty()) {
            throw new Malformed("no database named after jdbc:postgresql:");
        }
        List<String> kept = new ArrayList<>();
        for (String pair : query.isEmpty() ? new String[0] : query.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String key = eq < 0 ? pair : pair.substring(0, eq);
            String raw = eq < 0 ? "" : pair.substring(eq + 1);
            if (key.equals("user")) {
                user = jdbcDecode(raw);
            } else if (key.equals("password")) {
                password = jdbcDecode(raw);
            } else {
                kept.add(pair);
            }
        }
        String jdbcUrl = JDBC_PREFIX + base + (kept.isEmpty() ? "" : "?" + String.join("&", kept));
        if (org.postgresql.Driver.parseURL(jdbcUrl, null) == null) {
            throw new Malformed("pgjdbc cannot read this jdbc:postgresql: URL");
        }
        return new DatabaseUrl(jdbcUrl, user, password);
    }

    /** pgjdbc decodes query values with {@link java.net.URLDecoder}, so we read them the same way. */
    private static String jdbcDecode(String raw) {
        try {
            return java.net.URLDecoder.decode(raw, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new Malformed("a query parameter has a malformed percent-encoding");
        }
    }

    // ---- libpq / SQLAlchemy URI form ---------------------------------------------------------------------

    private static DatabaseUrl parseUri(String rest) {
        int fragment = rest.indexOf('#');
        if (fragment >= 0) {
            rest = rest.substring(0, fragment);
        }
        String query = "";
        int q = rest.indexOf('?');
        if (q >= 0) {
            query = rest.substring(q + 1);
            rest = rest.substring(0, q);
        }
        int slash = rest.indexOf('/');
        String authority = slash < 0 ? rest : rest.substring(0, slash);
        String path = slash < 0 ? "" : rest.substring(slash + 1);
        if (path.contains("/")) {
            throw new Malformed("the path must be just the database name");
        }
        String user = null;
        String password = null;
        int at = authority.lastIndexOf('@');
        if (at >= 0) {
            String[] credentials = splitUserInfo(authority.substring(0, at));
            user = credentials[0];
            password = credentials[1];
            authority = authority.substring(at + 1);
        }
        String database = percentDecode(path, "the database name");

        Map<String, String> params = new LinkedHashMap<>();
        String hostParam = null;
        String portParam = null;
        for (String pair : query.isEmpty() ? new String[0] : query.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String key = percentDecode(eq < 0 ? pair : pair.substring(0, eq), "a query parameter name");
            String value = percentDecode(eq < 0 ? "" : pair.substring(eq + 1), "the value of " + key);
            switch (key) {
                case "user" -> user = value;
                case "password" -> password = value;
                case "dbname" -> database = value;
                case "host" -> hostParam = value;
                case "port" -> portParam = value;
                default -> translateParameter(key, value, params);
            }
        }
        if (hostParam != null && !hostParam.isEmpty()) {
            if (hostParam.startsWith("/")) {
                throw new Malformed("Unix-domain sockets (host=/path) are not supported; give a TCP host");
            }
            if (!authority.isEmpty()) {
                throw new Malformed("the host is given both in the URL and as host=");
            }
            authority = hostParam;
        }
        String hosts = hostList(authority, portParam);
        StringBuilder jdbc = new StringBuilder(JDBC_PREFIX).append("//").append(hosts).append('/')
                .append(encode(database));
        String separator = "?";
        for (Map.Entry<String, String> param : params.entrySet()) {
            jdbc.append(separator).append(encode(param.getKey())).append('=').append(encode(param.getValue()));
            separator = "&";
        }
        return new DatabaseUrl(jdbc.toString(), emptyToNull(user), password);
    }

    /** Maps a libpq/asyncpg query parameter to pgjdbc's name for it, or drops it when pgjdbc has none. */
    private static void translateParameter(String key, String value, Map<String, String> params) {
        switch (key) {
            case "ssl" -> params.put("sslmode", asyncpgSsl(value));
            case "sslmode" -> params.put("sslmode", sslMode(value));
            case "connect_timeout" -> params.put("connectTimeout", value);
            case "application_name" -> params.put("ApplicationName", value);
            case "target_session_attrs" -> params.put("targetServerType", targetServerType(value));
            default -> {
                if (!ASYNCPG_ONLY.contains(key)) {
                    params.put(key, value);
                }
            }
        }
    }

    private static String asyncpgSsl(String value) {
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "true", "1", "yes", "on" -> "require";
            case "false", "0", "no", "off" -> "disable";
            default -> sslMode(value);
        };
    }

    private static String sslMode(String value) {
        String mode = value.toLowerCase(Locale.ROOT);
        return switch (mode) {
            case "disable", "allow", "prefer", "require", "verify-ca", "verify-full" -> mode;
            default -> throw new Malformed("unknown SSL mode '" + printable(value) + "'");
        };
    }

    private static String targetServerType(String value) {
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "any" -> "any";
            case "read-write", "primary" -> "primary";
            case "read-only", "standby" -> "secondary";
            case "prefer-standby" -> "preferSecondary";
            default -> throw new Malformed("unknown target_session_attrs '" + printable(value) + "'");
        };
    }

    /** Turns {@code h1:p1,[::1]:p2} into pgjdbc's host list, every host with an explicit port. */
    private static String hostList(String authority, String portParam) {
        if (authority.isEmpty()) {
            authority = "localhost";
        }
        List<String> hosts = new ArrayList<>();
        for (String entry : authority.split(",", -1)) {
            String host;
            String port;
            if (entry.startsWith("[")) {
                int close = entry.indexOf(']');
                if (close < 0) {
                    throw new Malformed("an IPv6 host is missing its closing ']'");
                }
                host = entry.substring(0, close + 1);
                String after = entry.substring(close + 1);
                if (after.isEmpty()) {
                    port = null;
                } else if (after.startsWith(":")) {
                    port = after.substring(1);
                } else {
                    throw new Malformed("unexpected text after an IPv6 host");
                }
                if (!host.substring(1, host.length() - 1).matches("[0-9A-Fa-f:.]+(%[A-Za-z0-9._~-]+)?")) {
                    throw new Malformed("an IPv6 host is malformed");
                }
            } else {
                int colon = entry.indexOf(':');
                host = colon < 0 ? entry : entry.substring(0, colon);
                port = colon < 0 ? null : entry.substring(colon + 1);
                host = percentDecode(host, "a host name");
                if (host.isEmpty()) {
                    throw new Malformed("a host name is empty");
                }
                if (!host.matches("[A-Za-z0-9._-]+")) {
                    throw new Malformed("a host name has characters a host name cannot have");
                }
            }
            if (port == null || port.isEmpty()) {
                port = portParam == null || portParam.isEmpty() ? String.valueOf(DEFAULT_PORT) : portParam;
            }
            hosts.add(host + ":" + checkedPort(port));
        }
        return String.join(",", hosts);
    }

    private static int checkedPort(String port) {
        if (!port.matches("[0-9]{1,5}")) {
            throw new Malformed("the port must be a number from 1 to 65535");
        }
        int value = Integer.parseInt(port);
        if (value < 1 || value > 65535) {
            throw new Malformed("the port must be a number from 1 to 65535");
        }
        return value;
    }

    private static String[] splitUserInfo(String userInfo) {
        int colon = userInfo.indexOf(':');
        String user = colon < 0 ? userInfo : userInfo.substring(0, colon);
        String password = colon < 0 ? null : userInfo.substring(colon + 1);
        return new String[] {
            emptyToNull(percentDecode(user, "the user name")),
            password == null ? null : percentDecode(password, "the password")
        };
    }

    /**
     * RFC 3986 percent-decoding as libpq does it: {@code +} stays a plus sign (URLDecoder would turn it into
     * a space and corrupt passwords).
     */
    static String percentDecode(String text, String what) {
        if (text.indexOf('%') < 0) {
            return text;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '%') {
                if (i + 2 >= text.length()) {
                    throw new Malformed(what + " has a malformed percent-encoding");
                }
                int hi = Character.digit(text.charAt(i + 1), 16);
                int lo = Character.digit(text.charAt(i + 2), 16);
                if (hi < 0 || lo < 0) {
                    throw new Malformed(what + " has a malformed percent-encoding");
                }
                bytes.write(hi << 4 | lo);
                i += 2;
            } else {
                byte[] encoded = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                bytes.write(encoded, 0, encoded.length);
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static String decodeOrKeep(String text) {
        try {
            return java.net.URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return text;
        }
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static String emptyToNull(String text) {
        return text == null || text.isEmpty() ? null : text;
    }

    /** Echoes a short, harmless fragment (a scheme or option value) with anything odd replaced. */
    private static String printable(String text) {
        String shortened = text.length() > 32 ? text.substring(0, 32) + "…" : text;
        return shortened.replaceAll("[^A-Za-z0-9+._-]", "?");
    }

    private static IllegalArgumentException invalid(String variableName, String reason) {
        return new IllegalArgumentException(variableName + " is not a valid PostgreSQL URL: " + reason);
    }

    /** The pieces of a {@code jdbc:postgresql://hosts/db?query} URL. */
    private record Parts(String hosts, String database, String query) {
        static Parts of(String jdbcUrl) {
            String rest = jdbcUrl.substring(JDBC_PREFIX.length());
            String query = "";
            int q = rest.indexOf('?');
            if (q >= 0) {
                query = rest.substring(q);
                rest = rest.substring(0, q);
            }
            if (!rest.startsWith("//")) {
                // jdbc:postgresql:database — pgjdbc's short form for localhost:5432
                return new Parts("localhost:" + DEFAULT_PORT, rest, query);
            }
            int slash = rest.indexOf('/', 2);
            return slash < 0
                    ? new Parts(rest.substring(2), "", query)
                    : new Parts(rest.substring(2, slash), rest.substring(slash + 1), query);
        }
    }

    /** A parse failure whose message is safe to show: it never repeats the URL. */
    private static final class Malformed extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Malformed(String message) {
            super(message, null, false, false);
        }
    }
}
