package org.spikeflow.spark;

import java.util.regex.Pattern;

/** Checks a master URL before a driver process is started, so a typo fails at once with a clear message. */
public final class SparkMasters {
    private static final Pattern LOCAL = Pattern.compile("local(\\[(\\*|[1-9][0-9]*)(,[1-9][0-9]*)?\\])?");
    private static final Pattern STANDALONE = Pattern.compile("spark://[^\\s/:,]+(:[0-9]+)?(,[^\\s/:,]+(:[0-9]+)?)*");
    private static final Pattern KUBERNETES = Pattern.compile("k8s://(https?://)?[^\\s/:]+(:[0-9]+)?/?");

    private SparkMasters() {
    }

    /**
     * @throws IllegalArgumentException
     *             naming the master and the accepted forms
     */
    public static String check(String master) {
        String m = master == null ? "" : master.trim();
        if (LOCAL.matcher(m).matches() || STANDALONE.matcher(m).matches() || KUBERNETES.matcher(m).matches()
                || m.equals("yarn")) {
            return m;
        }
        throw new IllegalArgumentException("Spark master URL '" + m + "' is not valid: use local, local[N],"
                + " local[*], spark://HOST:PORT, yarn or k8s://HOST:PORT");
    }

    /** @return whether Spark runs inside the driver process (the only case where Spikeflow starts Spark itself) */
    public static boolean isLocal(String master) {
        return master.startsWith("local");
    }
}
