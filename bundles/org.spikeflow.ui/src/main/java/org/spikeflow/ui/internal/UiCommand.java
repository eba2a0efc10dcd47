package org.spikeflow.ui.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.spikeflow.core.batch.BatchCommand;
import org.spikeflow.core.batch.BatchExitCodes;
import org.spikeflow.engine.NodeRepository;
import org.spikeflow.ui.internal.http.RequestGuard;

/**
 * {@code spikeflow ui}: serves the workflow canvas on 127.0.0.1 until Ctrl-C. Prints exactly one line on stdout (the
 * URL with the access token); everything else goes to stderr.
 */
@Component(service = BatchCommand.class, property = BatchCommand.NAME_PROPERTY + "=ui")
public final class UiCommand implements BatchCommand {
    @Reference
    private NodeRepository repository;

    @Override
    public String name() {
        return "ui";
    }

    @Override
    public String summary() {
        return "Open the workflow canvas in the browser (serves on 127.0.0.1 until Ctrl-C)";
    }

    @Override
    public String usage() {
        return """
                Usage: spikeflow ui [WORKFLOW_OR_FOLDER] [--port N] [--no-browser] [--workspace DIR]

                Serves the workflow canvas on 127.0.0.1 and prints its URL with a one-time access token; opens it in
                the browser unless --no-browser. Stops on Ctrl-C (running nodes are cancelled).
                  WORKFLOW_OR_FOLDER  a workflow to open first (its folder becomes the workspace), or the workspace
                                      folder (default: the current folder)
                  --port N            listen on port N (default: a free port)
                  --no-browser        only print the URL
                  --workspace DIR     the folder workflows are opened from and saved to (default: see above)""";
    }

    /** The parsed command line. */
    record Options(Path workspace, String initialWorkflow, int port, boolean openBrowser) {
    }

    static Options parse(List<String> args) throws IllegalArgumentException, IOException {
        List<String> positionals = new ArrayList<>();
        Integer port = null;
        boolean browser = true;
        Path workspace = null;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            String value = null;
            String name = arg;
            if (arg.startsWith("--") && arg.contains("=")) {
                name = arg.substring(0, arg.indexOf('='));
                value = arg.substring(arg.indexOf('=') + 1);
            }
            switch (name) {
                case "--no-browser" -> {
                    if (value != null) {
                        throw new IllegalArgumentException("Option --no-browser takes no value");
                    }
                    browser = false;
                }
                case "--port", "--workspace" -> {
                    if (value == null) {
                        if (i + 1 >= args.size()) {
                            throw new IllegalArgumentException("Option " + name + " needs a value");
                        }
                        value = args.get(++i);
                    }
                    if (name.equals("--port")) {
                        try {
                            port = Integer.parseInt(value);
                        } catch (NumberFormatException e) {
                            port = -1;
                        }
                        if (port < 0 || port > 65535) {
                            throw new IllegalArgumentException("--port must be a number from 0 to 65535, got '"
                                    + value + "'");
                        }
                    } else {
                        workspace = Path.of(value);
                    }
                }
                default -> {
                    if (arg.startsWith("--")) {
                        throw new IllegalArgumentException("Unknown option " + name);
                    }
                    positionals.add(arg);
                }
            }
        }
        if (positionals.size() > 1) {
            throw new IllegalArgumentException("Give at most one WORKFLOW_OR_FOLDER, got " + positionals);
        }
        String initial = null;
        if (!positionals.isEmpty()) {
            Path given = Path.of(positionals.get(0)).toAbsolutePath().normalize();
            if (Files.isDirectory(given)) {
                workspace = workspace == null ? given : workspace;
            } else if (Files.isRegularFile(given) && given.getFileName().toString()
                    .endsWith(WorkspacePaths.WORKFLOW_SUFFIX)) {
                workspace = workspace == null ? given.getParent() : workspace;
                Path root = workspace.toRealPath();
                Path real = given.toRealPath();
                if (!real.startsWith(root)) {
                    throw new IllegalArgumentException("Workflow '" + positionals.get(0)
                            + "' is not inside the workspace " + root);
                }
                initial = root.relativize(real).toString().replace(java.io.File.separatorChar, '/');
            } else {
                throw new IllegalArgumentException("'" + positionals.get(0)
                        + "' is neither a folder nor a workflow file (*" + WorkspacePaths.WORKFLOW_SUFFIX + ")");
            }
        }
        if (workspace == null) {
            workspace = Path.of("").toAbsolutePath();
        }
        if (!Files.isDirectory(workspace)) {
            throw new IllegalArgumentException("Workspace '" + workspace + "' is not a folder");
        }
        return new Options(workspace, initial, port == null ? 0 : port, browser);
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        Options options;
        try {
            options = parse(args);
        } catch (IllegalArgumentException | IOException e) {
            err.println("spikeflow ui: " + e.getMessage());
            err.println(usage());
            return BatchExitCodes.BAD_COMMAND_LINE;
        }
        CountDownLatch stopRequested = new CountDownLatch(1);
        CountDownLatch closed = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            stopRequested.countDown();
            try {
                closed.await(); // let the serving thread shut down cleanly before the JVM exits
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "spikeflow-ui-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            return serve(options, out, err, stopRequested);
        } finally {
            closed.countDown();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException e) {
                // already shutting down: the hook is running
            }
        }
    }

    /** Serves until {@code stopRequested} opens (SIGINT/SIGTERM), then cancels executions and stops. */
    int serve(Options options, PrintStream out, PrintStream err, CountDownLatch stopRequested) {
        CanvasServer server;
        try {
            server = new CanvasServer(repository, options.workspace(), options.initialWorkflow(), options.port(),
                    RequestGuard.newToken(), err);
        } catch (IOException e) {
            err.println("spikeflow ui: cannot start the server on 127.0.0.1:" + options.port() + ": " + e.getMessage());
            return BatchExitCodes.EXECUTION_FAILED;
        }
        err.println("spikeflow ui: workspace " + options.workspace().toAbsolutePath().normalize()
                + ", web app from the " + server.webAppSource() + "; Ctrl-C stops");
        out.println("Spikeflow canvas: " + server.url());
        out.flush();
        if (options.openBrowser()) {
            openBrowser(server.url(), err);
        }
        try {
            stopRequested.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        err.println("spikeflow ui: stopping");
        server.close();
        return BatchExitCodes.SUCCESS;
    }

    /** Opens the URL with the desktop's opener; a headless machine just prints a hint. */
    static void openBrowser(String url, PrintStream err) {
        String os = System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT);
        List<String> command = os.contains("mac")
                ? List.of("open", url)
                : os.contains("win")
                        ? List.of("rundll32", "url.dll,FileProtocolHandler", url)
                        : List.of("xdg-open", url);
        try {
            new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
        } catch (IOException e) {
            err.println("spikeflow ui: could not open a browser (" + command.get(0)
                    + " not available); open the URL above yourself, or pass --no-browser");
        }
    }
}
