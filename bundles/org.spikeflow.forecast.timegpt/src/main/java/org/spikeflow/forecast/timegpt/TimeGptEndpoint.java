package org.spikeflow.forecast.timegpt;

import java.util.Locale;

import okhttp3.HttpUrl;

/**
 * Which endpoint may receive the API key. A workflow file is untrusted input, so a base URL written in it must not send
 * the user's key elsewhere: the key goes over HTTPS to Nixtla's official endpoint, or to an endpoint the user named
 * outside the file (environment variable {@value TimeGptSettings#ENV_BASE_URL} or a command-line option, e.g. a
 * self-hosted or Azure endpoint). Plain HTTP is accepted only to this machine (loopback), e.g. a test server.
 */
public final class TimeGptEndpoint {

    private TimeGptEndpoint() {
    }

    /**
     * The base URL to send requests (and the key) to.
     *
     * @param workflowUrl
     *            the base URL written in the workflow file; blank for none
     * @param userUrl
     *            the base URL the user named outside the file; blank or null for none
     * @throws IllegalArgumentException
     *             with a message for the user: a user URL that is not HTTPS (or HTTP to loopback), or a workflow URL
     *             that is neither the official endpoint nor the user's
     */
    public static String choose(String workflowUrl, String userUrl) {
        boolean userNamed = userUrl != null && !userUrl.isBlank();
        if (userNamed) {
            requireSafeTransport(userUrl.trim(), "The TimeGPT endpoint you named");
        }
        if (workflowUrl == null || workflowUrl.isBlank()) {
            return userNamed ? userUrl.trim() : TimeGptSettings.DEFAULT_BASE_URL;
        }
        String named = workflowUrl.trim();
        if (sameEndpoint(named, TimeGptSettings.DEFAULT_BASE_URL) || userNamed && sameEndpoint(named, userUrl.trim())) {
            return named;
        }
        throw new IllegalArgumentException("the workflow file names the endpoint " + shorten(named) + ", but the API"
                + " key is only sent to " + TimeGptSettings.DEFAULT_BASE_URL + " or to an endpoint you name outside the"
                + " file (environment variable " + TimeGptSettings.ENV_BASE_URL
                + " or spikeflow run --timegpt-url URL)."
                + " Clear the setting, or name that endpoint yourself if you trust it");
    }

    /**
     * Checks that a URL may carry the key: HTTPS, or HTTP to a loopback host.
     *
     * @param who
     *            how to name the URL's origin in the message, e.g. "Base URL"
     */
    static void requireSafeTransport(String url, String who) {
        HttpUrl parsed = HttpUrl.parse(url);
        if (parsed == null) {
            throw new IllegalArgumentException(who + " (" + shorten(url) + ") is not an http:// or https:// URL");
        }
        if (!parsed.isHttps() && !isLoopback(parsed.host())) {
            throw new IllegalArgumentException(who + " (" + shorten(url) + ") uses plain http to another machine: the"
                    + " API key is only sent over https (plain http only to localhost, 127.0.0.1 or ::1)");
        }
    }

    /** localhost or a loopback address literal; other names are not resolved (DNS could point them anywhere). */
    static boolean isLoopback(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        if (h.equals("localhost") || h.equals("::1") || h.equals("0:0:0:0:0:0:0:1")) {
            return true;
        }
        String[] octets = h.split("\\.");
        if (octets.length != 4 || !octets[0].equals("127")) {
            return false;
        }
        for (String octet : octets) {
            if (!octet.matches("\\d{1,3}") || Integer.parseInt(octet) > 255) {
                return false;
            }
        }
        return true;
    }

    /** Same scheme, host, port and path (a trailing slash aside). */
    private static boolean sameEndpoint(String a, String b) {
        HttpUrl x = HttpUrl.parse(a);
        HttpUrl y = HttpUrl.parse(b);
        return x != null && y != null && x.scheme().equals(y.scheme()) && x.host().equals(y.host())
                && x.port() == y.port() && trimSlash(x.encodedPath()).equals(trimSlash(y.encodedPath()))
                && x.query() == null && y.query() == null;
    }

    private static String trimSlash(String path) {
        return path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }

    private static String shorten(String text) {
        return text.length() <= 200 ? text : text.substring(0, 200) + "...";
    }
}
