package org.spikeflow.izhikevich.internal;

/**
 * Loads the Vector API kernel if the jdk.incubator.vector module is in the boot layer (JVM started with
 * {@code --add-modules jdk.incubator.vector}) and its classes are visible to this bundle (boot delegation), and hands
 * it out per precision only once a self-test ({@link KernelWarmUp#check}) has shown it bit-identical to the scalar
 * kernel in that precision. Otherwise the blocked scalar kernel is used. <p> Each precision is tested on its own, when
 * first asked for: a double run does not pay for the float kernel's test. The test is the background warm-up's own work
 * when one was started ({@link KernelWarmUp#start}): a caller then waits for the warm-up instead of testing the kernel
 * a second time.
 */
public final class VectorSupport {

    private static final String CLASS = "org.spikeflow.izhikevich.internal.vector.VectorEulerKernel";
    private static boolean loaded;
    private static EulerKernel kernel;
    private static int bits;
    private static String reason = "not checked";

    /** Per precision (index 0 double, 1 float): the self-test's verdict, null until tested; under VERDICT_LOCKS. */
    private static final Boolean[] VERDICTS = new Boolean[2];
    private static final Object[] VERDICT_LOCKS = {new Object(), new Object()};
    /** Per precision: what the self-test threw, if it did; under VERDICT_LOCKS. */
    private static final String[] TEST_FAILURES = new String[2];

    private VectorSupport() {
    }

    /** @return the vector kernel, tested in both precisions, or null (see {@link #unavailableReason()}) */
    public static EulerKernel kernel() {
        return kernel(false) != null && kernel(true) != null ? kernel : null;
    }

    /**
     * @return the vector kernel tested in this precision (testing it now, or waiting for the warm-up that tests it), or
     *         null if it is unavailable or failed its test (see {@link #unavailableReason(boolean)})
     */
    public static EulerKernel kernel(boolean floatPrecision) {
        KernelWarmUp.await(floatPrecision);
        return verified(floatPrecision, false) ? kernel : null;
    }

    /**
     * @return whether the kernel loads here (the Vector API is usable), without testing it: the vector kernel will be
     *         used for a precision unless its self-test fails
     */
    public static boolean loads() {
        return loaded() != null;
    }

    /** @return the preferred vector size in bits, 0 if unavailable */
    public static int vectorBits() {
        loaded();
        return bits;
    }

    /** @return why {@link #kernel()} is null, or null */
    public static String unavailableReason() {
        String why = unavailableReason(false);
        return why != null ? why : unavailableReason(true);
    }

    /** @return why {@link #kernel(boolean)} is null for this precision, or null */
    public static String unavailableReason(boolean floatPrecision) {
        if (kernel(floatPrecision) != null) {
            return null;
        }
        if (loaded() == null) {
            return reason;
        }
        String precision = floatPrecision ? "float" : "double";
        synchronized (VERDICT_LOCKS[floatPrecision ? 1 : 0]) {
            String thrown = TEST_FAILURES[floatPrecision ? 1 : 0];
            return thrown != null
                    ? "the vector kernel failed its self-test in " + precision + " precision: " + thrown
                    : "the vector kernel did not reproduce the scalar kernel bit for bit in " + precision
                            + " precision";
        }
    }

    /**
     * Tests the kernel in this precision unless it has been tested: {@code warm}, with calls repeated until they run at
     * compiled speed (the background warm-up), else with one call.
     */
    static boolean verified(boolean floatPrecision, boolean warm) {
        EulerKernel k = loaded();
        if (k == null) {
            return false;
        }
        int p = floatPrecision ? 1 : 0;
        synchronized (VERDICT_LOCKS[p]) {
            if (VERDICTS[p] == null) {
                // a Vector API that fails at run time (as the self-test before the warm-up could, inside load's catch)
                // means the scalar kernel
                try {
                    VERDICTS[p] = KernelWarmUp.check(k, bits, floatPrecision, warm);
                } catch (RuntimeException | LinkageError e) {
                    VERDICTS[p] = false;
                    TEST_FAILURES[p] = e.toString();
                }
            }
            return VERDICTS[p];
        }
    }

    /** @return the loaded (untested) kernel, or null */
    private static synchronized EulerKernel loaded() {
        if (loaded) {
            return kernel;
        }
        loaded = true;
        try {
            if (ModuleLayer.boot().findModule("jdk.incubator.vector").isEmpty()) {
                reason = "the JVM was not started with --add-modules jdk.incubator.vector";
                return null;
            }
            Class<?> c = Class.forName(CLASS, true, VectorSupport.class.getClassLoader());
            EulerKernel k = (EulerKernel) c.getConstructor().newInstance();
            bits = (Integer) c.getMethod("vectorBits").invoke(null);
            kernel = k;
        } catch (Throwable t) { // NoClassDefFoundError without boot delegation, etc.
            reason = "the Vector API is not usable here: " + t;
        }
        return kernel;
    }
}
