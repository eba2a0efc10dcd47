/*
 * Copyright (c) 2026, The Spikeflow authors. BSD-3-Clause, see LICENSE.
 */
package org.spikeflow.launcher;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.ServiceLoader;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.ToIntFunction;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;
import org.osgi.framework.launch.Framework;
import org.osgi.framework.launch.FrameworkFactory;
import org.osgi.framework.wiring.BundleRevision;
import org.osgi.framework.wiring.FrameworkWiring;
import org.osgi.util.tracker.ServiceTracker;

/**
 * Starts Equinox over the bundles of an installed Spikeflow product and runs the application service on the main
 * thread. <p> The install dir ({@code spikeflow.home}) holds {@code plugins/} (jars or unpacked bundle folders) and
 * optionally {@code dropins/}; extensions installed per user add the {@code plugins/} of
 * {@link #userExtensionsDir(Path)}. The OSGi storage area is kept between runs: new bundles are installed, changed ones
 * updated, vanished ones uninstalled. The application is the service registered under {@link ToIntFunction} with the
 * service property {@code spikeflow.application=main}; it gets the command line arguments and returns the exit code.
 * <p> Exit codes: the application's, 3 if the application service did not appear, 1 on a launcher failure, 130 when
 * interrupted before or after the application ran. <p> SIGINT (Ctrl-C), SIGTERM and SIGHUP do not start the JVM's
 * shutdown while the application runs: the handler calls the service registered under {@link Runnable} with
 * {@code spikeflow.application=cancel}, the command cancels its work, cleans up and returns its exit code (130), and
 * only then is the framework stopped. A second signal exits at once (shutdown hooks still remove temporary files).
 */
public final class Main {

    /** Service property that marks the application service. */
    public static final String APPLICATION_PROPERTY = "spikeflow.application";

    private static final String APPLICATION_FILTER = "(&(" + Constants.OBJECTCLASS + "="
            + ToIntFunction.class.getName() + ")(" + APPLICATION_PROPERTY + "=main))";

    private static final String INDEX_FILE = "spikeflow-bundles.properties";

    /**
     * Capability namespace by which a bundle names a start-up task: {@code Provide-Capability:
     * org.spikeflow.launcher.startup;task:String="a.b.Task"}, a class with a public no-argument constructor that
     * implements {@code Consumer<String[]>}. See {@link #startTasks}.
     */
    static final String STARTUP_TASK_NAMESPACE = "org.spikeflow.launcher.startup";

    /** System property: "on" or "off" runs start-up tasks always or never; default "auto" (see cpuToSpare). */
    static final String STARTUP_TASKS_PROPERTY = "spikeflow.startupTasks";

    /** Framework (and system) property: the per-user extension folder, see {@link #userExtensionsDir(Path)}. */
    static final String USER_EXTENSIONS_PROPERTY = "spikeflow.userExtensions";

    private static final String LOCATION_PREFIX = "reference:";

    private static final int EXIT_NO_APPLICATION = 3;

    private static final int EXIT_LAUNCHER_FAILURE = 1;

    /** Exit code after SIGINT/SIGTERM, as shells report a process ended by SIGINT. */
    private static final int EXIT_INTERRUPTED = 130;

    private static final String CANCEL_FILTER = "(&(" + Constants.OBJECTCLASS + "=" + Runnable.class.getName()
            + ")(" + APPLICATION_PROPERTY + "=cancel))";

    /** The running framework while the application runs (signals are then passed on as cancel requests). */
    private static volatile Framework running;

    private static final java.util.concurrent.atomic.AtomicInteger INTERRUPTS = new java.util.concurrent.atomic.AtomicInteger();

    /** Messages of bundles that failed to install, update or start, by location / symbolic name. */
    private final Map<String, String> problems = java.util.Collections.synchronizedMap(new LinkedHashMap<>());

    /** Commands that run until stopped: they pick up bundles that other spikeflow commands install or remove. */
    private static final java.util.Set<String> LONG_RUNNING = java.util.Set.of("ui");

    /** How often a long-running command looks at the bundle folders. */
    private static final long WATCH_INTERVAL_MS = Long.getLong("spikeflow.bundleWatchMs", 2000L);

    private final boolean debug = Boolean.getBoolean("spikeflow.launcher.debug");

    private final StartupTiming timing;

    private Main(StartupTiming timing) {
        this.timing = timing;
    }

    public static void main(String[] args) {
        useOriginalStderr();
        // Plot nodes render off-screen; AWT must not look for a display (also when started without ./spikeflow).
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
        int code = EXIT_LAUNCHER_FAILURE;
        Framework framework = null;
        StartupTiming timing = new StartupTiming(java.util.Arrays.asList(args).contains(StartupTiming.OPTION));
        if (timing.enabled()) {
            System.setProperty(StartupTiming.ENABLED_PROPERTY, "true");
            args = java.util.Arrays.stream(args).filter(a -> !a.equals(StartupTiming.OPTION)).toArray(String[]::new);
        }
        Main launcher = new Main(timing);
        handleInterrupts();
        try {
            Path home = installDir();
            Path storage = storageDir(home);
            Path userExtensions = userExtensionsDir(home);
            framework = launcher.startFramework(home, storage, userExtensions, args);
            if (args.length > 0 && LONG_RUNNING.contains(args[0])) {
                launcher.watchBundles(framework, storage, home, userExtensions);
            }
            running = framework;
            try {
                code = launcher.runApplication(framework, args);
                timing.mark("command");
            } finally {
                running = null;
            }
        } catch (Throwable t) { // NOPMD: report everything, the framework must be stopped
            System.err.println("spikeflow: launcher failure: " + t);
            t.printStackTrace();
            code = EXIT_LAUNCHER_FAILURE;
        } finally {
            System.out.flush();
            if (framework != null) {
                try {
                    framework.stop();
                    framework.waitForStop(10_000);
                    timing.mark("framework stop");
                } catch (Throwable t) { // NOPMD
                    System.err.println("spikeflow: stopping the OSGi framework failed: " + t);
                }
            }
            System.out.flush();
            timing.print(System.err);
            System.err.flush();
            System.exit(code);
        }
    }

    /**
     * The {@code spikeflow} script starts the JVM with its stderr going through a filter that drops the JVM's
     * incubator-module notice (printed before any Spikeflow code runs) and passes the original stderr as another file
     * descriptor, named by {@code -Dspikeflow.stderr} (e.g. {@code /dev/fd/3}, only for a terminal or a pipe). Writing
     * there directly keeps Spikeflow's messages unbuffered and in order, and finished before the process exits;
     * whatever native code writes to fd 2 still reaches the user through the filter.
     */
    private static void useOriginalStderr() {
        String path = System.getProperty("spikeflow.stderr");
        if (path == null || path.isBlank()) {
            return;
        }
        try {
            String encoding = System.getProperty("sun.stderr.encoding");
            java.nio.charset.Charset charset = encoding != null
                    ? java.nio.charset.Charset.forName(encoding)
                    : java.nio.charset.Charset.defaultCharset();
            System.setErr(new PrintStream(new java.io.FileOutputStream(path, true), true, charset));
        } catch (IOException | RuntimeException e) {
            // keep stderr as it is: messages still pass through the script's filter
        }
    }

    // ---------------------------------------------------------------------------------------------------- signals

    /** SIGINT, SIGTERM and SIGHUP (the terminal went away): see the class comment. */
    private static void handleInterrupts() {
        sun.misc.SignalHandler handler = signal -> interrupted(signal.getName());
        for (String name : new String[] {"INT", "TERM", "HUP"}) {
            try {
                sun.misc.Signal.handle(new sun.misc.Signal(name), handler);
            } catch (IllegalArgumentException e) {
                // the signal is not available here (or reserved by the JVM): keep the default behaviour.
                // A signal ignored at start (nohup, background jobs of scripts) stays ignored.
            }
        }
    }

    private static void interrupted(String signal) {
        Framework framework = running;
        if (INTERRUPTS.incrementAndGet() == 1 && framework != null && cancelApplication(framework)) {
            return; // the command cancels, cleans up and returns; main() then stops the framework and exits
        }
        System.err.println("spikeflow: interrupted (SIG" + signal + ")" + (INTERRUPTS.get() > 1
                ? " again: exiting without waiting for the command to clean up"
                : ""));
        System.exit(EXIT_INTERRUPTED);
    }

    /** Calls the application's cancel service; false if there is none or the command cannot be cancelled. */
    private static boolean cancelApplication(Framework framework) {
        try {
            BundleContext context = framework.getBundleContext();
            org.osgi.framework.ServiceReference<?>[] references = context.getServiceReferences((String) null,
                    CANCEL_FILTER);
            if (references == null || references.length == 0) {
                return false;
            }
            Object service = context.getService(references[0]);
            if (!(service instanceof Runnable)) {
                return false;
            }
            try {
                ((Runnable) service).run();
            } finally {
                context.ungetService(references[0]);
            }
            return true;
        } catch (RuntimeException | org.osgi.framework.InvalidSyntaxException e) {
            return false; // the command has nothing to cancel (or the framework is going away): exit at once
        }
    }

    // ---------------------------------------------------------------------------------------------------- folders

    /** The product folder: {@code -Dspikeflow.home}, else the folder of the launcher jar. */
    private static Path installDir() throws Exception {
        String prop = System.getProperty("spikeflow.home");
        if (prop != null && !prop.isBlank()) {
            return Paths.get(prop).toAbsolutePath().normalize();
        }
        Path jar = Paths.get(Main.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        return jar.getParent().toAbsolutePath().normalize();
    }

    /**
     * A writable OSGi storage folder, kept between runs: {@code -Dspikeflow.state}, else {@code $SPIKEFLOW_HOME/state},
     * else {@code osgi-<hash of install dir>} in the platform's state folder ({@link PlatformFolders}), else a folder
     * in java.io.tmpdir.
     */
    private static Path storageDir(Path home) {
        String hash = Integer.toHexString(home.toString().hashCode());
        List<Path> candidates = new ArrayList<>();
        String prop = System.getProperty("spikeflow.state");
        if (prop != null && !prop.isBlank()) {
            candidates.add(Paths.get(prop));
        }
        String env = System.getenv("SPIKEFLOW_HOME");
        if (env != null && !env.isBlank()) {
            candidates.add(Paths.get(env, "state"));
        }
        candidates.add(Paths.get(PlatformFolders.current().state(), "osgi-" + hash));
        candidates.add(Paths.get(System.getProperty("java.io.tmpdir"),
                "spikeflow-" + System.getProperty("user.name") + "-osgi-" + hash));
        for (Path candidate : candidates) {
            try {
                Files.createDirectories(candidate);
                if (Files.isWritable(candidate)) {
                    return candidate.toAbsolutePath().normalize();
                }
            } catch (IOException | SecurityException e) {
                // try the next one
            }
        }
        throw new IllegalStateException("no writable folder for the OSGi storage area among " + candidates);
    }

    /**
     * Where {@code spikeflow install} puts extensions for this user when the product folder is read-only (or with
     * {@code --user}): {@code -Dspikeflow.userExtensions}, else {@code extensions/product-<hash of install dir>} in the
     * platform's data folder ({@link PlatformFolders#data()}). The bundles in its {@code plugins/} are started with the
     * product's. Not created here: it exists once something was installed into it.
     */
    static Path userExtensionsDir(Path home) {
        String prop = System.getProperty(USER_EXTENSIONS_PROPERTY);
        if (prop != null && !prop.isBlank()) {
            return Paths.get(prop).toAbsolutePath().normalize();
        }
        return Paths.get(PlatformFolders.current().data(), "extensions",
                "product-" + Integer.toHexString(home.toString().hashCode())).toAbsolutePath().normalize();
    }

    // ---------------------------------------------------------------------------------------------------- framework

    private Framework startFramework(Path home, Path storage, Path userExtensions, String[] args)
            throws Exception {
        Map<String, String> config = new HashMap<>();
        // Pass system properties through (Equinox reads them too, this makes it explicit).
        for (String name : System.getProperties().stringPropertyNames()) {
            config.put(name, System.getProperty(name));
        }
        config.put(Constants.FRAMEWORK_STORAGE, storage.toString());
        config.remove(Constants.FRAMEWORK_STORAGE_CLEAN);
        config.put("eclipse.ignoreApp", "true");
        config.put("osgi.noShutdown", "false");
        config.remove("osgi.console");
        config.put("spikeflow.home", home.toString());
        config.put(USER_EXTENSIONS_PROPERTY, userExtensions.toString());
        // The PyTorch natives are extracted into the platform's cache folder unless DJL_CACHE_DIR names one.
        if (System.getenv("DJL_CACHE_DIR") == null && System.getProperty("DJL_CACHE_DIR") == null) {
            config.putIfAbsent("spikeflow.dl.cacheDir", Paths.get(PlatformFolders.current().cache(), "djl").toString());
        }
        // The Vector API (started with --add-modules jdk.incubator.vector) is reached through boot delegation:
        // bundles must not import jdk.incubator.vector (Tycho cannot resolve that import at build time).
        config.putIfAbsent(Constants.FRAMEWORK_BOOTDELEGATION, "jdk.incubator.vector");
        // As under Eclipse's own launcher: a JDK class a bundle forgot to import still loads (Equinox p2, behind
        // ./spikeflow install, relies on it for org.xml.sax.helpers).
        config.putIfAbsent("osgi.compatibility.bootdelegation", "true");
        // Felix SCR keeps the parsed component descriptions in the storage area instead of parsing every bundle's
        // OSGI-INF XML at each start. An entry is used only while its bundle's id and last-modified time match, and
        // every install or update of a bundle (new build, dropins, p2) gives it a new time, so stale entries are not
        // read.
        config.putIfAbsent("ds.cache.metadata", "true");

        Iterator<FrameworkFactory> factories = ServiceLoader.load(FrameworkFactory.class, Main.class.getClassLoader())
                .iterator();
        if (!factories.hasNext()) {
            throw new IllegalStateException(
                    "no OSGi FrameworkFactory on the class path (org.eclipse.osgi jar missing?)");
        }
        Framework framework = factories.next().newFramework(config);
        framework.init();
        timing.mark("framework init");
        if (timing.enabled()) {
            // bundles start one after another on this thread: the time from one STARTING to the next is that
            // bundle's start, its DS components included
            framework.getBundleContext().addBundleListener((org.osgi.framework.SynchronousBundleListener) event -> {
                if (event.getType() == org.osgi.framework.BundleEvent.STARTING) {
                    timing.bundleStarting(event.getBundle().getSymbolicName());
                }
            });
        }
        boolean changed = synchronizeBundles(framework.getBundleContext(), storage, home, userExtensions);
        if (changed) {
            refresh(framework);
        }
        timing.mark("bundle sync" + (changed ? " (changed)" : ""));
        startTasks(framework, args);
        framework.start(); // starts the bundles started in earlier runs (their state is kept)
        startAll(framework);
        timing.bundleStarting(null);
        timing.mark("bundle resolve + start + DS");
        return framework;
    }

    /**
     * Runs the bundles' start-up tasks ({@link #STARTUP_TASK_NAMESPACE}) on one background thread while this thread
     * starts the bundles: a task gets the command line and prepares what the command will need (for {@code run}: the
     * JSON, XML and settings libraries, parsing the workflow file), so that work overlaps the framework's start instead
     * of following it. Tasks only warm up: they change nothing a command sees, and their failures are ignored (shown
     * with {@code -Dspikeflow.launcher.debug=true}). The capabilities are read from the framework's stored bundle
     * metadata, so finding them opens no jar.
     */
    @SuppressWarnings("unchecked")
    private void startTasks(Framework framework, String[] args) {
        List<Bundle> owners = new ArrayList<>();
        List<String> classNames = new ArrayList<>();
        for (Bundle bundle : framework.getBundleContext().getBundles()) {
            BundleRevision revision = bundle.adapt(BundleRevision.class);
            if (revision == null || (revision.getTypes() & BundleRevision.TYPE_FRAGMENT) != 0) {
                continue;
            }
            for (org.osgi.framework.wiring.BundleCapability capability : revision
                    .getDeclaredCapabilities(STARTUP_TASK_NAMESPACE)) {
                Object task = capability.getAttributes().get("task");
                if (task instanceof String name && !name.isBlank()) {
                    owners.add(bundle);
                    classNames.add(name);
                }
            }
        }
        if (owners.isEmpty()) {
            return;
        }
        String mode = System.getProperty(STARTUP_TASKS_PROPERTY, "auto");
        if (mode.equals("off") || !mode.equals("on")
                && !cpuToSpare(Paths.get("/proc/loadavg"), Runtime.getRuntime().availableProcessors())) {
            timing.note("Start-up tasks skipped: " + (mode.equals("off")
                    ? STARTUP_TASKS_PROPERTY + "=off"
                    : "the machine is busy (load average above the number of cores)"));
            return;
        }
        // resolved here, before the tasks load classes from them, as starting them would do next anyway
        framework.adapt(FrameworkWiring.class).resolveBundles(owners);
        String[] commandLine = args.clone();
        Thread thread = new Thread(() -> {
            for (int i = 0; i < owners.size(); i++) {
                long start = System.nanoTime();
                try {
                    Class<?> type = owners.get(i).loadClass(classNames.get(i));
                    ((java.util.function.Consumer<String[]>) type.getDeclaredConstructor().newInstance())
                            .accept(commandLine.clone());
                } catch (Throwable t) { // NOPMD: a task only warms up; the command reports real problems itself
                    log("start-up task " + classNames.get(i) + " failed: " + t);
                }
                timing.backgroundTask(owners.get(i).getSymbolicName(), start, System.nanoTime());
            }
        }, "spikeflow-startup-tasks");
        thread.setDaemon(true); // never holds up the exit
        thread.start();
    }

    /**
     * Whether the machine has CPU to spare for a start-up task: the 1-minute load average (Linux's
     * {@code /proc/loadavg}) is at most the number of cores. On a busier machine the task does not help: it competes
     * with the start for the same cores and the command then waits for the classes the descheduled task is still
     * initialising. Measured on a shared 2-core machine, the first node of a run: 8 % earlier when quiet, 9 % earlier
     * at load 1.8, 8-18 % earlier with one to three extra busy threads, but 20-30 % later at load 7-11 from other
     * builds. Where the file does not exist (other systems) a machine with several cores is assumed to have CPU to
     * spare.
     */
    static boolean cpuToSpare(Path loadAverageFile, int cores) {
        String text;
        try {
            text = Files.readString(loadAverageFile);
        } catch (IOException | RuntimeException e) {
            return cores > 1;
        }
        try {
            return cores > 1 && Double.parseDouble(text.trim().split("\\s+")[0]) <= cores;
        } catch (NumberFormatException e) {
            return cores > 1;
        }
    }

    /** Installs new, updates changed and uninstalls vanished bundles. Returns whether anything changed. */
    private synchronized boolean synchronizeBundles(BundleContext context, Path storage, Path home, Path userExtensions)
            throws IOException {
        Map<String, Path> wanted = wantedBundles(home, userExtensions);

        Path indexFile = storage.resolve(INDEX_FILE);
        Properties index = new Properties();
        if (Files.isRegularFile(indexFile)) {
            try (InputStream in = Files.newInputStream(indexFile)) {
                index.load(in);
            }
        }
        Properties newIndex = new Properties();
        boolean changed = false;

        Map<String, Bundle> installed = new HashMap<>();
        for (Bundle bundle : context.getBundles()) {
            if (bundle.getBundleId() != 0) {
                installed.put(bundle.getLocation(), bundle);
            }
        }
        // Uninstall vanished bundles first, so a replacement with the same name and version can be installed.
        for (Map.Entry<String, Bundle> entry : installed.entrySet()) {
            if (!wanted.containsKey(entry.getKey()) && entry.getKey().startsWith(LOCATION_PREFIX)) {
                try {
                    log("uninstall " + entry.getKey());
                    entry.getValue().uninstall();
                    changed = true;
                } catch (BundleException e) {
                    problems.put(entry.getKey(), "uninstall failed: " + e.getMessage());
                }
            }
        }
        for (Map.Entry<String, Path> entry : wanted.entrySet()) {
            String location = entry.getKey();
            String stamp = stamp(entry.getValue());
            Bundle bundle = installed.get(location);
            try {
                if (bundle == null) {
                    log("install " + location);
                    context.installBundle(location);
                    changed = true;
                } else if (!stamp.equals(index.getProperty(location))) {
                    log("update " + location);
                    bundle.update();
                    changed = true;
                }
                newIndex.setProperty(location, stamp);
            } catch (BundleException e) {
                if (e.getType() == BundleException.DUPLICATE_BUNDLE_ERROR) {
                    problems.put(location, "skipped, same name and version already installed: " + e.getMessage());
                } else {
                    problems.put(location, e.getMessage());
                }
            }
        }
        if (changed || !newIndex.equals(index)) {
            try (OutputStream out = Files.newOutputStream(indexFile)) {
                newIndex.store(out, "Spikeflow launcher: installed bundle locations and their size:lastModified");
            }
        }
        return changed;
    }

    /**
     * Keeps a long-running command's framework in step with the bundle folders: when {@code spikeflow install},
     * {@code update} or {@code uninstall} (another process) changed them, the new bundles are installed and started and
     * the removed ones uninstalled, so the node repository (a dynamic DS reference to the NodeFactory services) and the
     * canvas's node list follow without a restart. A change is applied once the folders read the same twice in a row,
     * so a jar p2 is still writing is not picked up half-written.
     */
    private void watchBundles(Framework framework, Path storage, Path home, Path userExtensions) {
        Thread watcher = new Thread(() -> {
            String seen = listing(home, userExtensions);
            String pending = null;
            while (framework.getState() == Bundle.ACTIVE) {
                try {
                    Thread.sleep(WATCH_INTERVAL_MS);
                } catch (InterruptedException e) {
                    return;
                }
                String now = listing(home, userExtensions);
                if (now.equals(seen) || !now.equals(pending)) {
                    pending = now.equals(seen) ? null : now;
                    continue;
                }
                try {
                    if (synchronizeBundles(framework.getBundleContext(), storage, home, userExtensions)) {
                        refresh(framework);
                        startAll(framework);
                        System.err.println("spikeflow: the installed bundles changed: node list updated");
                    }
                } catch (IOException | InterruptedException | RuntimeException e) {
                    System.err.println("spikeflow: warning: could not pick up the changed bundles: " + e);
                }
                seen = now;
                pending = null;
            }
        }, "spikeflow-bundle-watcher");
        watcher.setDaemon(true);
        watcher.start();
    }

    /**
     * The bundle locations the launcher starts, with their stamps: changes when a bundle is added, changed, removed.
     */
    private static String listing(Path home, Path userExtensions) {
        Map<String, Path> wanted = wantedBundles(home, userExtensions);
        StringBuilder listing = new StringBuilder();
        wanted.forEach((location, path) -> listing.append(location).append('=').append(stamp(path)).append('\n'));
        return listing.toString();
    }

    /** The bundles to run by location: the product's plugins/ and dropins/, then the per-user extensions. */
    private static Map<String, Path> wantedBundles(Path home, Path userExtensions) {
        Map<String, Path> wanted = new LinkedHashMap<>();
        collect(home.resolve("plugins"), wanted);
        collect(home.resolve("dropins"), wanted);
        collect(userExtensions.resolve("plugins"), wanted);
        return wanted;
    }

    /** Adds the jars and unpacked bundle folders of a folder, by location. */
    private static void collect(Path folder, Map<String, Path> wanted) {
        File[] files = folder.toFile().listFiles();
        if (files == null) {
            return;
        }
        java.util.Arrays.sort(files);
        for (File file : files) {
            if (file.getName().startsWith("org.eclipse.osgi_")) {
                continue; // the framework itself: it is the system bundle, already on the class path
            }
            boolean jar = file.isFile() && file.getName().endsWith(".jar");
            boolean dir = file.isDirectory() && new File(file, "META-INF/MANIFEST.MF").isFile();
            if (jar || dir) {
                wanted.put(LOCATION_PREFIX + file.toURI(), file.toPath());
            }
        }
    }

    private static String stamp(Path path) {
        File file = path.toFile();
        if (file.isDirectory()) {
            file = new File(file, "META-INF/MANIFEST.MF");
        }
        return file.length() + ":" + file.lastModified();
    }

    private static void refresh(Framework framework) throws InterruptedException {
        CountDownLatch done = new CountDownLatch(1);
        framework.adapt(FrameworkWiring.class).refreshBundles(null, event -> done.countDown());
        if (!done.await(10, TimeUnit.SECONDS)) {
            System.err.println("spikeflow: warning: refreshing bundles did not finish within 10 s");
        }
    }

    /**
     * Resolves all bundles and starts every non-fragment bundle by its activation policy: a bundle declaring
     * {@code Bundle-ActivationPolicy: lazy} (p2's, for example) is activated on first use, while DS already sees its
     * components; the others start now.
     */
    private void startAll(Framework framework) {
        BundleContext context = framework.getBundleContext();
        framework.adapt(FrameworkWiring.class).resolveBundles(null);
        for (Bundle bundle : context.getBundles()) {
            if (bundle.getBundleId() == 0 || isFragment(bundle) || bundle.getState() == Bundle.ACTIVE) {
                continue;
            }
            try {
                bundle.start(Bundle.START_ACTIVATION_POLICY);
            } catch (BundleException | RuntimeException e) {
                problems.put(bundle.getSymbolicName() + " " + bundle.getVersion(), e.getMessage());
            }
        }
    }

    private static boolean isFragment(Bundle bundle) {
        BundleRevision revision = bundle.adapt(BundleRevision.class);
        return revision != null && (revision.getTypes() & BundleRevision.TYPE_FRAGMENT) != 0;
    }

    // ---------------------------------------------------------------------------------------------------- application

    @SuppressWarnings("unchecked")
    private int runApplication(Framework framework, String[] args) throws Exception {
        BundleContext context = framework.getBundleContext();
        long timeout = Long.getLong("spikeflow.applicationTimeoutMs", 10_000L);
        ServiceTracker<Object, Object> tracker = new ServiceTracker<>(context,
                context.createFilter(APPLICATION_FILTER), null);
        tracker.open(true);
        try {
            Object service = tracker.waitForService(timeout);
            timing.mark("wait for application");
            if (service == null) {
                reportMissingApplication(framework, timeout);
                return EXIT_NO_APPLICATION;
            }
            if (!problems.isEmpty() && debug) {
                printProblems(System.err);
            }
            try {
                return ((ToIntFunction<String[]>) service).applyAsInt(args);
            } catch (RuntimeException | LinkageError e) {
                System.err.println("spikeflow: the application failed with an uncaught exception:");
                e.printStackTrace();
                return EXIT_LAUNCHER_FAILURE;
            }
        } finally {
            tracker.close();
        }
    }

    private void reportMissingApplication(Framework framework, long timeout) {
        PrintStream err = System.err;
        err.println("spikeflow: error: no application service (" + APPLICATION_FILTER + ") appeared within "
                + timeout + " ms.");
        err.println("Bundles that are not active:");
        boolean any = false;
        for (Bundle bundle : framework.getBundleContext().getBundles()) {
            int state = bundle.getState();
            boolean ok = isFragment(bundle) ? state == Bundle.RESOLVED : state == Bundle.ACTIVE;
            if (!ok) {
                any = true;
                err.println("  " + bundle.getSymbolicName() + " " + bundle.getVersion() + ": " + stateName(state));
            }
        }
        if (!any) {
            err.println("  (none: all bundles are active; is the application component registered and satisfied?)");
        }
        printProblems(err);
        err.println("Install folder: " + framework.getBundleContext().getProperty("spikeflow.home")
                + ", OSGi storage: " + framework.getBundleContext().getProperty(Constants.FRAMEWORK_STORAGE));
    }

    private void printProblems(PrintStream err) {
        if (problems.isEmpty()) {
            return;
        }
        err.println("Bundle problems:");
        for (Map.Entry<String, String> problem : problems.entrySet()) {
            err.println("  " + problem.getKey() + ": " + problem.getValue());
        }
    }

    private static String stateName(int state) {
        switch (state) {
            case Bundle.INSTALLED :
                return "INSTALLED (not resolved)";
            case Bundle.RESOLVED :
                return "RESOLVED (not started)";
            case Bundle.STARTING :
                return "STARTING";
            case Bundle.STOPPING :
                return "STOPPING";
            case Bundle.ACTIVE :
                return "ACTIVE";
            case Bundle.UNINSTALLED :
                return "UNINSTALLED";
            default :
                return "state " + state;
        }
    }

    private void log(String message) {
        if (debug) {
            System.err.println("spikeflow-launcher: " + message);
        }
    }
}
