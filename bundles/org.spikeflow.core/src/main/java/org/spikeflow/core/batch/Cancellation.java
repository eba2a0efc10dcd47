package org.spikeflow.core.batch;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Ctrl-C (SIGINT) and SIGTERM for the command that is running: the launcher's signal handler calls the batch runner's
 * cancel service, which lands in {@link #request()}; commands register what cancels their work with
 * {@link #onCancel(Runnable)}, stop cooperatively, clean up and return {@link #EXIT_CODE}. Process-wide, because one
 * process runs one command.
 */
public final class Cancellation {
    /** The exit code of a cancelled command, as shells report a process ended by SIGINT (128 + 2). */
    public static final int EXIT_CODE = 130;

    private static final AtomicBoolean REQUESTED = new AtomicBoolean();
    /**
     * Whether the running command stops cleanly on request; the others are simply ended (see the batch runner's cancel
     * service).
     */
    private static final AtomicBoolean HANDLED = new AtomicBoolean();
    private static final List<Runnable> HANDLERS = new CopyOnWriteArrayList<>();

    private Cancellation() {
    }

    /** Forgets an earlier request: called when a command starts. */
    public static void reset() {
        HANDLED.set(false);
        REQUESTED.set(false);
    }

    /** Called first by a command that handles cancellation (registers its cancel actions as it goes). */
    public static void handledByThisCommand() {
        HANDLED.set(true);
    }

    /**
     * Cancels the running command (what the signal handler does).
     *
     * @return false if the running command does not handle cancellation (it may as well be ended at once)
     */
    public static boolean request() {
        if (!HANDLED.get()) {
            return false;
        }
        REQUESTED.set(true);
        HANDLERS.forEach(Runnable::run);
        return true;
    }

    public static boolean isRequested() {
        return REQUESTED.get();
    }

    /**
     * Runs {@code cancel} when cancellation is requested, at once if it already was, until the returned registration is
     * closed.
     */
    public static Registration onCancel(Runnable cancel) {
        HANDLERS.add(cancel);
        if (REQUESTED.get()) {
            cancel.run();
        }
        return () -> HANDLERS.remove(cancel);
    }

    /** A registered cancel action; closing it unregisters. */
    @ProviderType
    public interface Registration extends AutoCloseable {
        @Override
        void close();
    }

    /**
     * A stream that stops with {@link InterruptedIOException} once cancellation is requested, so a long write is
     * abandoned (and its temporary file removed by {@code AtomicFiles}).
     */
    public static OutputStream stopOnCancel(OutputStream out) {
        return new FilterOutputStream(out) {
            @Override
            public void write(int b) throws IOException {
                check();
                out.write(b);
            }

            @Override
            public void write(byte[] bytes, int offset, int length) throws IOException {
                check();
                out.write(bytes, offset, length);
            }

            private void check() throws InterruptedIOException {
                if (REQUESTED.get()) {
                    throw new InterruptedIOException("cancelled");
                }
            }
        };
    }
}
