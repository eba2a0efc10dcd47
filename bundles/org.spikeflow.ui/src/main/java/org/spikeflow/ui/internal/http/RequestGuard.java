package org.spikeflow.ui.internal.http;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The canvas server's one security check, applied to every request before any route (Jupyter's model for a local
 * server): only this machine's loopback Host names (against DNS rebinding), no cross-site requests, a secret token (URL
 * once, then an HttpOnly SameSite=Strict cookie, or a Bearer header), and for state-changing requests a custom header
 * plus a same-origin Origin (against CSRF). It also sets the security headers of every response.
 */
public final class RequestGuard {
    public static final String COOKIE = "spikeflow_token";
    public static final String REQUEST_HEADER = "X-Spikeflow-Request";
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");
    private static final String CSP = "default-src 'self'; frame-ancestors 'none'; img-src 'self' data: blob:;"
            + " style-src 'self' 'unsafe-inline'";

    private final String token;
    private final byte[] tokenBytes;
    private final Set<String> hosts;
    private final Set<String> origins;

    public RequestGuard(String token, int port) {
        this.token = token;
        this.tokenBytes = token.getBytes(StandardCharsets.UTF_8);
        this.hosts = Set.of("127.0.0.1:" + port, "localhost:" + port, "[::1]:" + port);
        this.origins = hosts.stream().map(h -> "http://" + h).collect(Collectors.toUnmodifiableSet());
    }

    /** 32 random bytes, base64url without padding. */
    public static String newToken() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** What to do with a request. */
    public sealed interface Verdict {
    }

    /** Serve it. */
    public record Allow() implements Verdict {
    }

    /** Answer with this error. */
    public record Refuse(int status, String message) implements Verdict {
    }

    /** Swap the URL token for a cookie: redirect to this location (the same URL without the token). */
    public record SetCookieAndRedirect(String location, String cookie) implements Verdict {
    }

    /** Sets the headers every response carries. */
    public void addSecurityHeaders(WebRequest request, WebResponse response) {
        response.header("Content-Security-Policy", CSP);
        response.header("X-Content-Type-Options", "nosniff");
        response.header("Referrer-Policy", "no-referrer");
        response.header("X-Frame-Options", "DENY");
        if (request.path().startsWith("/api/")) {
            response.header("Cache-Control", "no-store");
        }
    }

    public Verdict check(WebRequest request) {
        String host = request.header("Host").orElse("").toLowerCase(Locale.ROOT);
        if (!hosts.contains(host)) {
            return new Refuse(403, "Host '" + request.header("Host").orElse("") + "' is not allowed: use "
                    + hosts.iterator().next().replaceAll(":.*", "") + " with this server's port");
        }
        if (request.header("Sec-Fetch-Site").map(s -> s.equalsIgnoreCase("cross-site")).orElse(false)) {
            return new Refuse(403, "Cross-site requests are not allowed");
        }
        Optional<String> origin = request.header("Origin");
        if (origin.isPresent() && !origins.contains(origin.get().toLowerCase(Locale.ROOT))) {
            return new Refuse(403, "Origin '" + origin.get() + "' is not allowed");
        }
        String queryToken = request.query().get("token");
        if (queryToken != null && SAFE_METHODS.contains(request.method()) && matches(queryToken)) {
            return new SetCookieAndRedirect(withoutToken(request),
                    COOKIE + "=" + token + "; HttpOnly; SameSite=Strict; Path=/");
        }
        if (!authenticated(request)) {
            return new Refuse(401, "Not authenticated: open the URL with the token that `spikeflow ui` printed");
        }
        if (!SAFE_METHODS.contains(request.method())
                && !request.header(REQUEST_HEADER).map("1"::equals).orElse(false)) {
            return new Refuse(403, "State-changing requests need the header " + REQUEST_HEADER + ": 1");
        }
        return new Allow();
    }

    private boolean authenticated(WebRequest request) {
        Optional<String> authorization = request.header("Authorization");
        if (authorization.isPresent() && authorization.get().startsWith("Bearer ")
                && matches(authorization.get().substring("Bearer ".length()).trim())) {
            return true;
        }
        Optional<String> cookies = request.header("Cookie");
        if (cookies.isPresent()) {
            for (String cookie : cookies.get().split(";")) {
                int eq = cookie.indexOf('=');
                if (eq > 0 && cookie.substring(0, eq).trim().equals(COOKIE)
                        && matches(cookie.substring(eq + 1).trim())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Constant-time comparison, so the token cannot be guessed byte by byte from response times. */
    private boolean matches(String candidate) {
        return MessageDigest.isEqual(tokenBytes, candidate.getBytes(StandardCharsets.UTF_8));
    }

    private static String withoutToken(WebRequest request) {
        // "//host" would be a protocol-relative URL to another site: never redirect there.
        StringBuilder location = new StringBuilder(request.path().startsWith("//") ? "/" : request.path());
        String separator = "?";
        for (Map.Entry<String, String> parameter : request.query().entrySet()) {
            if (!parameter.getKey().equals("token")) {
                location.append(separator).append(encode(parameter.getKey())).append('=')
                        .append(encode(parameter.getValue()));
                separator = "&";
            }
        }
        return location.toString();
    }

    private static String encode(String text) {
        return java.net.URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
