package org.spikeflow.ui.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.spikeflow.core.image.ImageFormat;
import org.spikeflow.core.image.ImagePortObject;
import org.spikeflow.core.runtime.Node;
import org.spikeflow.core.settings.InvalidSettingsException;
import org.spikeflow.engine.NodeContainer;
import org.spikeflow.engine.WorkflowLoadException;
import org.spikeflow.engine.WorkflowManager;
import org.spikeflow.ui.internal.http.HttpError;
import org.spikeflow.ui.internal.http.RequestGuard;
import org.spikeflow.ui.internal.http.Router;
import org.spikeflow.ui.internal.http.WebRequest;
import org.spikeflow.ui.internal.http.WebResponse;
import org.spikeflow.ui.internal.http.WebServer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The canvas server: the security guard in front of every request, the JSON API over the engine (routes below,
 * documented in resources/openapi.json), the event stream and the web app's files.
 */
public final class CanvasServer implements AutoCloseable {
    static final long KEEPALIVE_MILLIS = 15_000;
    private static final int EVENT_BUFFER = 2048;

    private final WorkspacePaths workspace;
    private final NodeCatalog catalog;
    private final String initialWorkflow;
    private final String token;
    private final EventBus events = new EventBus(EVENT_BUFFER);
    private final Router router = new Router();
    private final Map<String, WorkflowSession> sessions = new LinkedHashMap<>();
    private final AtomicInteger nextId = new AtomicInteger();
    private final StaticFiles staticFiles;
    private final PrintStream log;
    private final WebServer server;
    /** Known once the server has its port; requests before that are refused. */
    private volatile RequestGuard guard;

    /**
     * Starts serving.
     *
     * @param port
     *            0 for a free port
     * @param initialWorkflow
     *            workspace-relative workflow the page opens first, or null
     * @param log
     *            where problems are logged (stderr)
     */
    public CanvasServer(org.spikeflow.engine.NodeRepository repository, Path workspaceFolder, String initialWorkflow,
            int port, String token, PrintStream log) throws IOException {
        this.workspace = new WorkspacePaths(workspaceFolder);
        this.catalog = new NodeCatalog(repository);
        this.initialWorkflow = initialWorkflow;
        this.token = token;
        this.log = log;
        this.staticFiles = StaticFiles.locate();
        registerRoutes();
        this.server = WebServer.start(port, this::handle);
        this.guard = new RequestGuard(token, server.port());
    }

    public int port() {
        return server.port();
    }

    /** The URL to open, with the token. */
    public String url() {
        return "http://127.0.0.1:" + port() + "/?token=" + token;
    }

    public String webAppSource() {
        return staticFiles.description();
    }

    public Router router() {
        return router;
    }

    /** Stops serving; running executions are cancelled and waited for. */
    @Override
    public void close() {
        events.close();
        server.close();
        List<WorkflowSession> open;
        synchronized (sessions) {
            open = new ArrayList<>(sessions.values());
            sessions.clear();
        }
        open.forEach(WorkflowSession::close);
    }

    // ---------------------------------------------------------------------------------------------------- dispatch

    private void handle(WebRequest request, WebResponse response) throws IOException {
        RequestGuard activeGuard = guard;
        if (activeGuard == null) { // a request before start-up finished
            Json.sendError(response, 503, "Starting", List.of());
            return;
        }
        activeGuard.addSecurityHeaders(request, response);
        RequestGuard.Verdict verdict = activeGuard.check(request);
        if (verdict instanceof RequestGuard.Refuse refuse) {
            Json.sendError(response, refuse.status(), refuse.message(), List.of());
            return;
        }
        if (verdict instanceof RequestGuard.SetCookieAndRedirect redirect) {
            response.header("Set-Cookie", redirect.cookie());
            response.header("Location", redirect.location());
            response.send(302, null, new byte[0]);
            return;
        }
        try {
            if (!router.dispatch(request, response)) {
                if (request.path().startsWith("/api/") || request.path().equals("/api")) {
                    throw HttpError.notFound("No API route " + request.method() + " " + request.path());
                }
                serveStatic(request, response);
            }
        } catch (HttpError e) {
            Json.sendError(response, e.status(), e.getMessage(), e.details());
        } catch (IllegalStateException e) {
            Json.sendError(response, 409, e.getMessage(), List.of());
        } catch (IOException e) {
            throw e;
        } catch (RuntimeException e) {
            log.println("spikeflow ui: " + request.method() + " " + request.path() + " failed: " + e);
            Json.sendError(response, 500, "Internal error: " + e.getMessage(), List.of());
        }
    }

    private void serveStatic(WebRequest request, WebResponse response) throws IOException {
        if (!request.method().equals("GET") && !request.method().equals("HEAD")) {
            throw new HttpError(405, request.method() + " is not allowed on " + request.path());
        }
        StaticFiles.Content content = staticFiles.get(request.path());
        if (content == null) {
            throw HttpError.notFound("Not found: " + request.path());
        }
        response.send(200, content.contentType(), content.bytes());
    }

    // ---------------------------------------------------------------------------------------------------- routes

    private void registerRoutes() {
        router.add("GET", "/api/openapi.json", (q, r, p) -> r.send(200, Json.CONTENT_TYPE,
                StaticFiles.ownResource("resources/openapi.json")));
        router.add("GET", "/api/session", (q, r, p) -> Json.send(r, 200, session()));
        router.add("GET", "/api/nodes", (q, r, p) -> Json.send(r, 200, catalog.nodes()));
        router.add("GET", "/api/porttypes", (q, r, p) -> Json.send(r, 200, catalog.portTypes()));
        router.add("GET", "/api/events", (q, r, p) -> streamEvents(q, r));
        router.add("GET", "/api/workflows", (q, r, p) -> Json.send(r, 200, listWorkflows()));
        router.add("POST", "/api/workflows/open", (q, r, p) -> Json.send(r, 200,
                open(Json.text(Json.body(q), "path")).snapshot()));
        router.add("POST", "/api/workflows/new", (q, r, p) -> {
            ObjectNode body = Json.body(q);
            Json.send(r, 200, create(Json.text(body, "path"), Json.optionalText(body, "name")).snapshot());
        });
        router.add("GET", "/api/workflows/{wid}", (q, r, p) -> Json.send(r, 200, session(p).snapshot()));
        router.add("POST", "/api/workflows/{wid}/save", (q, r, p) -> Json.send(r, 200, session(p).save()));
        router.add("POST", "/api/workflows/{wid}/save-as", (q, r, p) -> {
            ObjectNode body = Json.body(q);
            Json.send(r, 200, saveAs(session(p), Json.text(body, "path"), body.path("overwrite").asBoolean(false)));
        });
        router.add("POST", "/api/workflows/{wid}/close", (q, r, p) -> {
            WorkflowSession session = session(p);
            synchronized (sessions) {
                sessions.remove(session.id());
            }
            session.close();
            Json.send(r, 200, Json.object().put("closed", session.id()));
        });
        router.add("POST", "/api/workflows/{wid}/commands", (q, r, p) -> {
            ObjectNode body = Json.body(q);
            Json.send(r, 200, session(p).command(Json.optionalText(body, "label"), body.get("ops")));
        });
        router.add("POST", "/api/workflows/{wid}/undo", (q, r, p) -> Json.send(r, 200, session(p).undo()));
        router.add("POST", "/api/workflows/{wid}/redo", (q, r, p) -> Json.send(r, 200, session(p).redo()));
        router.add("POST", "/api/workflows/{wid}/copy", (q, r, p) -> Json.send(r, 200, copy(session(p),
                Json.body(q))));
        router.add("POST", "/api/workflows/{wid}/validate-settings", (q, r, p) -> Json.send(r, 200,
                validateSettings(session(p), Json.body(q))));
        router.add("POST", "/api/workflows/{wid}/execute", (q, r, p) -> {
            ObjectNode body = Json.body(q);
            String mode = body.path("mode").asText("all");
            if (!Set.of("node", "upTo", "all").contains(mode)) {
                throw HttpError.badRequest("\"mode\" must be node, upTo or all, got '" + mode + "'");
            }
            session(p).execute(Json.optionalText(body, "node"), mode);
            Json.send(r, 202, Json.object().put("accepted", true));
        });
        router.add("POST", "/api/workflows/{wid}/cancel", (q, r, p) -> {
            WorkflowSession session = session(p);
            session.cancel();
            Json.send(r, 200, session.snapshot());
        });
        router.add("POST", "/api/workflows/{wid}/reset", (q, r, p) -> Json.send(r, 200,
                session(p).reset(Json.optionalText(Json.body(q), "node"))));
        router.add("GET", "/api/workflows/{wid}/nodes/{nid}/variables", (q, r, p) -> {
            WorkflowSession session = session(p);
            Json.send(r, 200, OutputViews.variables(session.workflow().getIncomingFlowStack(node(session, p)
                    .getId())));
        });
        router.add("GET", "/api/workflows/{wid}/nodes/{nid}/outputs/{port}", (q, r, p) -> Json.send(r, 200,
                OutputViews.describe(node(session(p), p), p.get("port"))));
        router.add("GET", "/api/workflows/{wid}/nodes/{nid}/outputs/{port}/rows", (q, r, p) -> Json.send(r, 200,
                OutputViews.rows(node(session(p), p), p.get("port"), number(q, "offset", 0),
                        (int) number(q, "limit", 100))));
        router.add("GET", "/api/workflows/{wid}/nodes/{nid}/outputs/{port}/variables", (q, r, p) -> {
            NodeContainer container = node(session(p), p);
            if (OutputViews.output(container, p.get("port")) == null) {
                throw HttpError.notFound("Output " + p.get("port") + " of " + container + " has not been computed");
            }
            Json.send(r, 200, OutputViews.variables(container.getOutgoingFlowStack()));
        });
        router.add("GET", "/api/workflows/{wid}/nodes/{nid}/outputs/{port}/image.png", (q, r, p) -> sendImage(r,
                OutputViews.image(node(session(p), p), p.get("port")), ImageFormat.PNG));
        router.add("GET", "/api/workflows/{wid}/nodes/{nid}/outputs/{port}/image.svg", (q, r, p) -> sendImage(r,
                OutputViews.image(node(session(p), p), p.get("port")), ImageFormat.SVG));
    }

    private ObjectNode session() {
        ObjectNode json = Json.object();
        Bundle bundle = FrameworkUtil.getBundle(CanvasServer.class);
        org.osgi.framework.Version version = bundle == null ? null : bundle.getVersion();
        json.put("version", version == null
                ? "0.1.0"
                : version.getMajor() + "." + version.getMinor() + "." + version.getMicro());
        json.put("workspace", workspace.root().toString());
        json.put("initialWorkflow", initialWorkflow);
        return json;
    }

    private ArrayNode listWorkflows() throws IOException {
        ArrayNode list = Json.array();
        Set<String> open = new java.util.HashSet<>();
        synchronized (sessions) {
            sessions.values().forEach(s -> open.add(s.path()));
        }
        for (String path : workspace.listWorkflows()) {
            list.addObject().put("path", path).put("name", displayName(path)).put("open", open.contains(path));
        }
        return list;
    }

    /** The workflow's "name" field if it has one, else its file name without the extension. */
    private String displayName(String path) {
        Path file = workspace.resolve(path);
        try {
            JsonNode json = Json.MAPPER.readTree(file.toFile());
            String name = json.path("name").asText("");
            if (!name.isBlank()) {
                return name;
            }
        } catch (IOException e) {
            // not readable JSON: show the file name
        }
        String fileName = file.getFileName().toString();
        return fileName.substring(0, fileName.length() - WorkspacePaths.WORKFLOW_SUFFIX.length());
    }

    WorkflowSession open(String path) {
        Path file = workspace.resolveWorkflow(path);
        String canonical = workspace.relativize(file);
        synchronized (sessions) {
            for (WorkflowSession session : sessions.values()) {
                if (session.path().equals(canonical)) {
                    return session;
                }
            }
            if (!Files.isRegularFile(file)) {
                throw HttpError.notFound("There is no workflow '" + canonical + "' in the workspace");
            }
            WorkflowManager workflow;
            try {
                workflow = WorkflowManager.loadForEditing(file, catalog.repository());
            } catch (WorkflowLoadException e) {
                throw new HttpError(422, e.getMessage());
            }
            WorkflowSession session = new WorkflowSession("w" + nextId.incrementAndGet(), workspace, canonical,
                    workflow, true, events);
            sessions.put(session.id(), session);
            return session;
        }
    }

    private WorkflowSession create(String path, String name) {
        Path file = workspace.resolveWorkflow(path);
        String canonical = workspace.relativize(file);
        synchronized (sessions) {
            boolean taken = sessions.values().stream().anyMatch(s -> s.path().equals(canonical));
            if (taken || Files.exists(file)) {
                throw HttpError.conflict("'" + canonical + "' exists already");
            }
            WorkflowManager workflow = WorkflowManager.create(catalog.repository());
            workflow.setName(name == null ? "" : name);
            WorkflowSession session = new WorkflowSession("w" + nextId.incrementAndGet(), workspace, canonical,
                    workflow, false, events);
            sessions.put(session.id(), session);
            return session;
        }
    }

    private ObjectNode saveAs(WorkflowSession session, String path, boolean overwrite) throws IOException {
        String canonical = workspace.relativize(workspace.resolveWorkflow(path));
        synchronized (sessions) {
            if (sessions.values().stream().anyMatch(s -> s != session && s.path().equals(canonical))) {
                throw HttpError.conflict("'" + canonical + "' is open in another tab; close it first");
            }
        }
        return session.saveAs(canonical, overwrite);
    }

    private WorkflowSession session(Map<String, String> params) {
        String id = params.get("wid");
        synchronized (sessions) {
            WorkflowSession session = sessions.get(id);
            if (session == null) {
                throw HttpError.notFound("No open workflow '" + id + "'");
            }
            return session;
        }
    }

    private static NodeContainer node(WorkflowSession session, Map<String, String> params) {
        String id = params.get("nid");
        return session.workflow().findNode(id).orElseThrow(() -> HttpError.notFound("There is no node '" + id
                + "' in workflow " + session.id()));
    }

    private static long number(WebRequest request, String name, long fallback) {
        String text = request.query().get(name);
        if (text == null || text.isEmpty()) {
            return fallback;
        }
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw HttpError.badRequest("Query parameter '" + name + "' must be an integer, got '" + text + "'");
        }
    }

    private static void sendImage(WebResponse response, ImagePortObject image, ImageFormat format)
            throws IOException {
        byte[] bytes = image.getBytes(format);
        if (bytes == null) {
            throw HttpError.notFound("The image has no " + format.extension() + " rendering");
        }
        // An SVG could carry script: it is shown as an image, and this CSP forbids running anything in it anyway.
        response.header("Content-Security-Policy",
                "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'");
        response.send(200, format.mediaType(), bytes);
    }

    /** The selected nodes, the connections among them and the selected annotations, in the file's own format. */
    private static ObjectNode copy(WorkflowSession session, ObjectNode body) throws IOException {
        Set<String> nodeIds = new java.util.HashSet<>();
        body.path("nodes").forEach(n -> nodeIds.add(n.asText()));
        Set<String> annotationIds = new java.util.HashSet<>();
        body.path("annotations").forEach(n -> annotationIds.add(n.asText()));
        JsonNode file;
        synchronized (session) {
            file = Json.MAPPER.readTree(session.workflow().toJson());
        }
        ObjectNode fragment = Json.object();
        ArrayNode nodes = fragment.putArray("nodes");
        file.path("nodes").forEach(n -> {
            if (nodeIds.contains(n.path("id").asText())) {
                nodes.add(n);
            }
        });
        ArrayNode connections = fragment.putArray("connections");
        file.path("connections").forEach(c -> {
            if (nodeIds.contains(c.path("from").asText().replaceFirst(":[^:]*$", ""))
                    && nodeIds.contains(c.path("to").asText().replaceFirst(":[^:]*$", ""))) {
                connections.add(c);
            }
        });
        ArrayNode annotations = fragment.putArray("annotations");
        file.path("annotations").forEach(a -> {
            if (annotationIds.contains(a.path("id").asText())) {
                annotations.add(a);
            }
        });
        ObjectNode layout = fragment.putObject("layout");
        for (Iterator<Map.Entry<String, JsonNode>> it = file.path("layout").fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> entry = it.next();
            if (nodeIds.contains(entry.getKey())) {
                layout.set(entry.getKey(), entry.getValue());
            }
        }
        return fragment;
    }

    /** Checks settings for a node without changing it: type, bounds and cross-field checks. */
    private static ObjectNode validateSettings(WorkflowSession session, ObjectNode body) {
        NodeContainer container = session.workflow().findNode(Json.text(body, "node")).orElseThrow(
                () -> HttpError.badRequest("There is no node '" + body.path("node").asText() + "'"));
        JsonNode settings = body.get("settings");
        if (!(settings instanceof ObjectNode object)) {
            throw HttpError.badRequest("\"settings\" must be an object");
        }
        ObjectNode result = Json.object();
        ArrayNode messages = result.putArray("messages");
        Node probe = new Node(container.getId(), container.getNode().getFactory());
        try {
            probe.loadSettings(container.getNode().getSettingsJson(true)); // keeps stored secrets
            probe.loadSettings(NodeCatalog.unmask(object));
            probe.getSettings().validate();
        } catch (InvalidSettingsException e) {
            messages.addObject().put("path", settingPath(e.getMessage())).put("message", e.getMessage());
        }
        return result;
    }

    /** The setting a message names ("Setting 'duration' ..."), or "" for the settings as a whole. */
    static String settingPath(String message) {
        java.util.regex.Matcher matcher = java.util.regex.Pattern.compile("[Ss]etting '([^']+)'").matcher(
                message == null ? "" : message);
        return matcher.find() ? matcher.group(1) : "";
    }

    // ---------------------------------------------------------------------------------------------------- events

    private void streamEvents(WebRequest request, WebResponse response) throws IOException {
        String resume = request.header("Last-Event-ID").orElse(request.query().get("lastEventId"));
        long after;
        try {
            after = resume == null || resume.isBlank() ? events.lastId() : Long.parseLong(resume.trim());
        } catch (NumberFormatException e) {
            throw HttpError.badRequest("Last-Event-ID must be a number");
        }
        try (OutputStream out = response.stream(200, "text/event-stream; charset=utf-8")) {
            out.write(": connected\nretry: 2000\n\n".getBytes(StandardCharsets.UTF_8));
            out.flush();
            while (true) {
                EventBus.Batch batch;
                try {
                    batch = events.await(after, KEEPALIVE_MILLIS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
                if (batch.closed()) {
                    return;
                }
                StringBuilder text = new StringBuilder();
                if (batch.resync()) {
                    text.append("id: ").append(batch.lastId()).append("\nevent: resync\ndata: {}\n\n");
                    after = batch.lastId();
                }
                for (EventBus.Event event : batch.events()) {
                    text.append("id: ").append(event.id()).append("\nevent: ").append(event.type()).append("\ndata: ")
                            .append(Json.MAPPER.writeValueAsString(event.data())).append("\n\n");
                    after = event.id();
                }
                if (text.length() == 0) {
                    text.append(": keepalive\n\n");
                }
                out.write(text.toString().getBytes(StandardCharsets.UTF_8));
                out.flush();
            }
        }
    }
}
