package org.spikeflow.batch.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.ToIntFunction;

import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;
import org.spikeflow.batch.internal.SpikeflowApplication;

/** Finds the application service the launcher calls and runs it with captured output. */
final class ApplicationRunner {

    /** The outcome of one command. */
    record Result(int code, String out, String err) {
    }

    private ApplicationRunner() {
    }

    /** The application, once its service and the named commands (also services) are registered. */
    @SuppressWarnings({"rawtypes", "unchecked"})
    static SpikeflowApplication find(String... commands) throws Exception {
        BundleContext context = FrameworkUtil.getBundle(SpikeflowApplication.class).getBundleContext();
        ServiceTracker<ToIntFunction, ToIntFunction> tracker = new ServiceTracker<>(context,
                context.createFilter("(&(objectClass=java.util.function.ToIntFunction)(spikeflow.application=main))"),
                null);
        tracker.open();
        SpikeflowApplication application = (SpikeflowApplication) tracker.waitForService(TimeUnit.SECONDS.toMillis(10));
        assertTrue(application != null, "the application service is registered");
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (!listsAll(application, commands) && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        return application;
    }

    private static boolean listsAll(SpikeflowApplication application, String... commands) {
        String help = run(application, "help").out();
        return Arrays.stream(commands).allMatch(command -> help.contains("  " + command + " "));
    }

    static Result run(SpikeflowApplication application, String... args) {
        ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        ByteArrayOutputStream stderr = new ByteArrayOutputStream();
        int code = application.run(List.of(args), new PrintStream(stdout, true, StandardCharsets.UTF_8),
                new PrintStream(stderr, true, StandardCharsets.UTF_8));
        return new Result(code, stdout.toString(StandardCharsets.UTF_8), stderr.toString(StandardCharsets.UTF_8));
    }
}
