package org.spikeflow.dl;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import ai.djl.engine.Engine;
import ai.djl.pytorch.jni.JniUtils;

/**
 * Loads DJL's PyTorch engine offline and runs DJL calls with this bundle's class loader as the thread's context
 * class loader.
 *
 * <p>Why: DJL finds its engine with {@link java.util.ServiceLoader} through the context class loader and remembers
 * the result for the life of the JVM; inside OSGi only this bundle's loader sees the {@code META-INF/services} files
 * of the embedded jars. DJL reads its options (offline, cache folder, threads) from system properties; launchers may
 * put them in framework properties instead, so those are copied over before the first load.
 *
 * <p>Options, first found wins: {@link #setCacheDirectory}, system or framework property
 * {@code spikeflow.dl.cacheDir}, {@code DJL_CACHE_DIR} (property or environment), {@code $SPIKEFLOW_HOME/djl}, {@code ~/.spikeflow/djl}. The
 * natives (about 430 MB) are extracted there on first use. {@code ai.djl.offline} is forced to true: nothing is
 * ever downloaded.
 */
public final class DlRuntime {
    /** Property naming the folder natives are extracted to. */
    public static final String CACHE_DIR_PROPERTY = "spikeflow.dl.cacheDir";
    /** The engine Spikeflow uses. */
    public static final String ENGINE_NAME = "PyTorch";

    private static Path cacheDirectory;
    private static Engine engine;
    private static int threads;

    private DlRuntime() {
    }

    /** Chooses the native cache folder; only effective before the engine is loaded. */
    public static synchronized void setCacheDirectory(Path folder) {
        if (engine != null && !folder.toAbsolutePath().equals(cacheDirectory)) {
            throw new IllegalStateException("The DJL engine is already loaded from " + cacheDirectory
                    + "; the cache folder can only be chosen before the first use (restart to change it)");
        }
        cacheDirectory = folder.toAbsolutePath();
    }

    /** @return the folder the PyTorch natives are (or will be) extracted to */
    public static synchronized Path cacheDirectory() {
        if (cacheDirectory == null) {
            String configured = property(CACHE_DIR_PROPERTY);
            if (configured == null || configured.isBlank()) {
                configured = property("DJL_CACHE_DIR");
            }
            if (configured == null || configured.isBlank()) {
                configured = System.getenv("DJL_CACHE_DIR");
            }
            if (configured == null || configured.isBlank()) {
                // beside the rest of Spikeflow's user data (SPIKEFLOW_HOME, like the launcher's OSGi state)
                String home = System.getenv("SPIKEFLOW_HOME");
                configured = home == null || home.isBlank()
                        ? Path.of(System.getProperty("user.home"), ".spikeflow", "djl").toString()
                        : Path.of(home, "djl").toString();
            }
            cacheDirectory = Path.of(configured).toAbsolutePath();
        }
        return cacheDirectory;
    }

    /**
     * Loads the engine (once) and sets the number of PyTorch intra-op threads.
     *
     * @return a description such as "PyTorch 2.7.1"
     */
    public static String load(int threadCount) {
        return call(() -> {
            Engine e = engine(threadCount);
            return e.getEngineName() + " " + e.getVersion();
        });
    }

    /** @return the number of PyTorch intra-op threads in use (0 before the engine is loaded) */
    public static synchronized int threads() {
        return threads;
    }

    static synchronized Engine engine(int threadCount) {
        if (threadCount < 1) {
            throw new IllegalArgumentException("The number of threads must be at least 1, got " + threadCount);
        }
        if (engine == null) {
            System.setProperty("ai.djl.offline", "true");
            // DJL logs through SLF4J (slf4j-simple is embedded): its warnings, not its info chatter, on stderr
            if (System.getProperty("org.slf4j.simpleLogger.defaultLogLevel") == null) {
                System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
            }
            // the CPU build probes for CUDA and warns on every machine without a GPU driver: not news here
            if (System.getProperty("org.slf4j.simpleLogger.log.ai.djl.util.cuda.CudaUtils") == null) {
                System.setProperty("org.slf4j.simpleLogger.log.ai.djl.util.cuda.CudaUtils", "error");
            }
            System.setProperty("DJL_CACHE_DIR", cacheDirectory().toString());
            // One inter-op thread: these models are small and the machines share cores with other work.
            if (System.getProperty("ai.djl.pytorch.num_interop_threads") == null) {
                System.setProperty("ai.djl.pytorch.num_interop_threads", "1");
            }
            System.setProperty("ai.djl.pytorch.num_threads", Integer.toString(threadCount));
            try {
                engine = Engine.getEngine(ENGINE_NAME);
            } catch (RuntimeException | LinkageError e) {
                throw new IllegalStateException("Cannot load the PyTorch engine offline (native cache folder "
                        + cacheDirectory + "): " + e.getMessage(), e);
            }
            threads = threadCount;
        }
        // On every call, not only on a change: PyTorch's intra-op (OpenMP) thread count belongs to the calling thread,
        // and nodes run on different worker threads; one left at OpenMP's default (all cores) made training and
        // correction differ from run to run.
        JniUtils.setNumThreads(threadCount);
        // Autograd's switch is per thread too, and it picks PyTorch's CPU LSTM kernel: with it off (as DJL leaves
        // only the thread that loaded the engine) the oneDNN inference kernel runs, which on DJL's LSTM returns
        // values that are not the LSTM's (checked against the gate equations computed step by step); with it on the
        // training kernel runs, which matches them and is what training optimises. On on every thread, so a node's
        // numbers no longer depend on the worker thread that runs it. No gradients accumulate without a backward.
        JniUtils.setGradMode(true);
        threads = threadCount;
        return engine;
    }

    /** Runs DJL code with this bundle's loader as the context class loader (see the class comment). */
    static <T> T call(Callable<T> work) {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(DlRuntime.class.getClassLoader());
        try {
            return work.call();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e.getMessage(), e);
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    /** A system property, else an OSGi framework property (launchers may set only those). */
    private static String property(String name) {
        String value = System.getProperty(name);
        if (value != null) {
            return value;
        }
        try {
            return FrameworkProperties.get(name);
        } catch (LinkageError notInOsgi) {
            return null;
        }
    }

    /** Kept apart so that plain-Java use (benchmarks) never loads org.osgi classes. */
    private static final class FrameworkProperties {
        static String get(String name) {
            org.osgi.framework.Bundle bundle = org.osgi.framework.FrameworkUtil.getBundle(DlRuntime.class);
            if (bundle == null || bundle.getBundleContext() == null) {
                return null;
            }
            return bundle.getBundleContext().getProperty(name);
        }
    }
}
