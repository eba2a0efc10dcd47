package org.spikeflow.dl;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import ai.djl.engine.Engine;
import ai.djl.pytorch.jni.JniUtils;

/**
 * Loads DJL's PyTorch engine offline and runs DJL calls on one dedicated thread (see {@link #call}), whose context
 * class loader is this bundle's class loader.
 *
 * <p>Why: DJL finds its engine with {@link java.util.ServiceLoader} through the context class loader and remembers the
 * result for the life of the JVM; inside OSGi only this bundle's loader sees the {@code META-INF/services} files of the
 * embedded jars. DJL reads its options (offline, cache folder, threads) from system properties; launchers may put them
 * in framework properties instead, so those are copied over before the first load.
 *
 * <p>Options, first found wins: {@link #setCacheDirectory}, system or framework property {@code spikeflow.dl.cacheDir},
 * {@code DJL_CACHE_DIR} (property or environment), {@code $SPIKEFLOW_HOME/djl}, {@code ~/.spikeflow/djl}. The natives
 * (about 430 MB) are extracted there on first use. {@code ai.djl.offline} is forced to true: nothing is ever
 * downloaded.
 */
public final class DlRuntime {
    /** Property naming the folder natives are extracted to. */
    public static final String CACHE_DIR_PROPERTY = "spikeflow.dl.cacheDir";
    /** The engine Spikeflow uses. */
    public static final String ENGINE_NAME = "PyTorch";

    private static Path cacheDirectory;
    private static Engine engine;
    private static int threads;
    private static ExecutorService executor;
    private static volatile Thread worker;

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

    /**
     * Runs DJL code on the one thread that runs all of Spikeflow's PyTorch work, one call at a time, with this bundle's
     * loader as its context class loader (see the class comment); waits for the result.
     *
     * <p>Why one thread: PyTorch keeps state per thread (autograd mode, intra-op threads, the floating-point control
     * flags native code leaves behind), and a workflow runs nodes on whichever worker is free, after whatever other
     * native code ran there; DJL's gradient collection is also one per process. On a thread of its own every training
     * and correction starts from the same thread state, whichever worker runs the node.
     */
    static <T> T call(Callable<T> work) {
        if (Thread.currentThread() == worker) {
            return callHere(work);
        }
        Future<T> result = executor().submit(() -> callHere(work));
        try {
            return result.get();
        } catch (InterruptedException e) {
            result.cancel(true);
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for PyTorch", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(cause.getMessage(), cause);
        }
    }

    private static <T> T callHere(Callable<T> work) {
        try {
            return work.call();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    private static synchronized ExecutorService executor() {
        if (executor == null) {
            executor = Executors.newSingleThreadExecutor(task -> {
                Thread t = new Thread(task, "spikeflow-pytorch");
                t.setDaemon(true); // never keeps the JVM alive
                t.setContextClassLoader(DlRuntime.class.getClassLoader());
                worker = t;
                return t;
            });
        }
        return executor;
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
