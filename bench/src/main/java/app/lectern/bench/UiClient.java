package app.lectern.bench;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * One browser tab of a Vaadin Flow application, spoken over HTTP as {@code vaadin-load-protocol.md} describes:
 * the bootstrap page, the init request, then UIDL round-trips with the CSRF token, the server's sync id and our
 * client id. It keeps the cookies of its own (one per simulated browser) and a model of the UI's node tree
 * (tag, attributes, properties, children, text, listeners) built from the changes, so that a scenario can find a
 * button by its DOM id and check that the expected change arrived.
 */
final class UiClient {

    /** A node of the server's state tree as far as the changes told us. */
    static final class Node {
        final int id;
        String tag;
        final Map<String, Object> attributes = new HashMap<>();
        final Map<String, Object> properties = new HashMap<>();
        final List<Integer> children = new ArrayList<>();
        final Map<String, Object> listeners = new HashMap<>();
        String text;

        Node(int id) {
            this.id = id;
        }

        String attr(String name) {
            Object v = attributes.get(name);
            return v == null ? null : v.toString();
        }
    }

    /** One round-trip's outcome: the parsed response, the raw text and the bytes on the wire. */
    record Reply(Map<String, Object> json, String text, long wireBytes, long nanos) {}

    private final HttpClient http;
    private final URI base;
    private final Stats stats;
    private final Map<String, String> cookies;
    private final Map<Integer, Node> nodes = new HashMap<>();
    private final Map<String, Object> constants = new HashMap<>();
    private final List<int[]> returns = new ArrayList<>();
    private String csrf;
    private int uiId;
    private long syncId = -1;
    private long clientId;

    /** A tab of a browser whose cookies are {@code cookies} (shared with the browser's other and later tabs). */
    UiClient(HttpClient http, URI base, Stats stats, Map<String, String> cookies) {
        this.cookies = cookies;
        this.http = http;
        this.base = base;
        this.stats = stats;
    }

    Map<Integer, Node> nodes() {
        return nodes;
    }

    /** Opens {@code route} like a browser: the page, then the init request, then navigation to the route. */
    Reply open(String route, String label) {
        HttpResponse<byte[]> page = send(HttpRequest.newBuilder(base.resolve("/" + route))
                .header("Accept", "text/html")
                .GET());
        if (page.statusCode() != 200) {
            throw new Failure("bootstrap " + route + ": HTTP " + page.statusCode());
        }
        String q = URLEncoder.encode(route, StandardCharsets.UTF_8);
        long t0 = System.nanoTime();
        HttpResponse<byte[]> init = send(HttpRequest.newBuilder(base.resolve("/?v-r=init&location=" + q + "&query="))
                .GET());
        long initNanos = System.nanoTime() - t0;
        if (init.statusCode() != 200) {
            throw new Failure("init: HTTP " + init.statusCode());
        }
        String text = body(init);
        stats.record("init", initNanos, init.body().length, text.length());
        @SuppressWarnings("unchecked")
        Map<String, Object> app = (Map<String, Object>) ((Map<String, Object>) Json.parse(text)).get("appConfig");
        if (app == null) {
            throw new Failure("init: no appConfig");
        }
        uiId = ((Number) app.get("v-uiId")).intValue();
        @SuppressWarnings("unchecked")
        Map<String, Object> uidl = (Map<String, Object>) app.get("uidl");
        csrf = (String) uidl.get("Vaadin-Security-Key");
        apply(uidl);
        return rpc(
                label,
                "{\"type\":\"event\",\"node\":1,\"event\":\"ui-navigate\",\"data\":{\"route\":" + Json.quote(route)
                        + ",\"query\":\"\",\"appShellTitle\":\"\",\"historyState\":{\"idx\":0},\"trigger\":\"\"}}");
    }

    /** Navigates within the open UI, as clicking a router link does. */
    Reply navigate(String route) {
        return rpc(
                "navigate",
                "{\"type\":\"event\",\"node\":1,\"event\":\"ui-navigate\",\"data\":{\"route\":" + Json.quote(route)
                        + ",\"query\":\"\",\"appShellTitle\":\"\",\"historyState\":{\"idx\":1},\"trigger\":\"\"}}");
    }

    /** Clicks the node, with the event data types the click listener expects. */
    Reply click(String label, int node) {
        return rpc(
                label,
                "{\"type\":\"event\",\"node\":" + node + ",\"event\":\"click\",\"data\":{\"event.shiftKey\":false,"
                        + "\"event.metaKey\":false,\"event.ctrlKey\":false,\"event.altKey\":false,\"event.detail\":1,"
                        + "\"event.button\":0,\"event.clientX\":1,\"event.clientY\":1,\"event.screenX\":1,"
                        + "\"event.screenY\":1}}");
    }

    /** Sets a field's value property and fires the event the component synchronises it on. */
    Reply setValue(String label, int node, String value, String event) {
        return rpc(
                label,
                "{\"type\":\"mSync\",\"node\":" + node + ",\"feature\":1,\"property\":\"value\",\"value\":"
                        + Json.quote(value) + "},{\"type\":\"event\",\"node\":" + node + ",\"event\":"
                        + Json.quote(event) + ",\"data\":{}}");
    }

    /** Tells the server the tab is closed. */
    void unload() {
        String body = "{\"csrfToken\":" + Json.quote(csrf) + ",\"rpc\":[],\"syncId\":" + syncId + ",\"clientId\":"
                + clientId + ",\"UNLOAD\":true}";
        send(uidlRequest(body));
    }

    /** One UIDL round-trip carrying these comma-separated invocations; times it and applies the changes. */
    Reply rpc(String label, String invocations) {
        String body = "{\"csrfToken\":" + Json.quote(csrf) + ",\"rpc\":[" + invocations + "],\"syncId\":" + syncId
                + ",\"clientId\":" + clientId + "}";
        long t0 = System.nanoTime();
        HttpResponse<byte[]> r = send(uidlRequest(body));
        long nanos = System.nanoTime() - t0;
        if (r.statusCode() != 200) {
            throw new Failure(label + ": HTTP " + r.statusCode());
        }
        String text = body(r);
        stats.record(label, nanos, r.body().length, text.length());
        dump(label, body, text);
        Object parsed;
        try {
            parsed = Json.parse(text);
        } catch (RuntimeException e) {
            throw new Failure(label + ": not JSON: " + abbreviate(text));
        }
        if (!(parsed instanceof Map<?, ?>)) {
            throw new Failure(label + ": unexpected reply " + abbreviate(text));
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> json = (Map<String, Object>) parsed;
        if (json.containsKey("meta") && text.contains("\"sessionExpired\"")) {
            throw new Failure(label + ": session expired");
        }
        if (text.contains("\"appError\"") || text.contains("Internal error")) {
            throw new Failure(label + ": server error " + abbreviate(text));
        }
        apply(json);
        Reply reply = new Reply(json, text, r.body().length, nanos);
        answerReturnChannels();
        return reply;
    }

    /**
     * Does what the browser does with a script whose result the server waits for ({@code executeJs(...).then}):
     * sends the result back at once on the script's first return channel (a plain {@code 0}: our scripts' results
     * are not read).
     */
    private void answerReturnChannels() {
        if (!ANSWER_SCRIPTS) {
            returns.clear();
            return;
        }
        if (returns.isEmpty()) {
            return;
        }
        StringBuilder rpc = new StringBuilder();
        for (int[] channel : returns) {
            rpc.append(rpc.isEmpty() ? "" : ",")
                    .append("{\"type\":\"channel\",\"node\":")
                    .append(channel[0])
                    .append(",\"channel\":")
                    .append(channel[1])
                    .append(",\"args\":[0]}");
        }
        returns.clear();
        rpc("return", rpc.toString());
    }

    private HttpRequest.Builder uidlRequest(String body) {
        return HttpRequest.newBuilder(base.resolve("/?v-r=uidl&v-uiId=" + uiId))
                .header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(body));
    }

    @SuppressWarnings("unchecked")
    private void apply(Map<String, Object> json) {
        Object s = json.get("syncId");
        if (s instanceof Number n) {
            syncId = n.longValue();
        }
        Object c = json.get("clientId");
        if (c instanceof Number n) {
            clientId = n.longValue();
        } else if (syncId >= 0 && json.containsKey("syncId")) {
            clientId++;
        }
        if (json.get("execute") instanceof List<?> scripts) {
            for (Object script : scripts) {
                if (script instanceof List<?> params) {
                    for (Object param : params) {
                        if (param instanceof Map<?, ?> m && m.get("@v-return") instanceof List<?> ch) {
                            returns.add(new int[] {((Number) ch.get(0)).intValue(), ((Number) ch.get(1)).intValue()});
                            break; // the first channel is the success callback
                        }
                    }
                }
            }
        }
        if (json.get("constants") instanceof Map<?, ?> m) {
            constants.putAll((Map<String, Object>) m);
        }
        Object changes = json.get("changes");
        if (!(changes instanceof List<?> list)) {
            return;
        }
        for (Object o : list) {
            Map<String, Object> ch = (Map<String, Object>) o;
            int id = ((Number) ch.get("node")).intValue();
            String type = (String) ch.get("type");
            Node node = nodes.computeIfAbsent(id, Node::new);
            int feat = ch.get("feat") instanceof Number f ? f.intValue() : -1;
            switch (type) {
                case "put" -> {
                    String key = (String) ch.get("key");
                    Object value = ch.containsKey("nodeValue") ? ch.get("nodeValue") : ch.get("value");
                    switch (feat) {
                        case 0 -> {
                            if ("tag".equals(key)) {
                                node.tag = String.valueOf(value);
                            }
                        }
                        case 1 -> node.properties.put(key, value);
                        case 3 -> node.attributes.put(key, value);
                        case 4 -> node.listeners.put(key, value);
                        case 7 -> node.text = String.valueOf(value);
                        default -> {}
                    }
                }
                case "remove" -> {
                    String key = (String) ch.get("key");
                    if (feat == 1) {
                        node.properties.remove(key);
                    } else if (feat == 3) {
                        node.attributes.remove(key);
                    } else if (feat == 4) {
                        node.listeners.remove(key);
                    }
                }
                case "splice" -> {
                    if (feat == 2) {
                        int index = ((Number) ch.get("index")).intValue();
                        int remove = ch.get("remove") instanceof Number r ? r.intValue() : 0;
                        for (int k = 0; k < remove && index < node.children.size(); k++) {
                            node.children.remove(index);
                        }
                        Object add = ch.get("addNodes");
                        if (add instanceof List<?> ids) {
                            int at = Math.min(index, node.children.size());
                            for (Object a : ids) {
                                node.children.add(at++, ((Number) a).intValue());
                            }
                        }
                    }
                }
                case "clear" -> {
                    if (feat == 2) {
                        node.children.clear();
                    }
                }
                case "detach" -> nodes.remove(id);
                default -> {}
            }
        }
    }

    /**
     * The event on which the client sends this node's {@code value} property (the listener whose event data asks
     * for {@code }value}), e.g. {@code input} for a text field, {@code value-changed} for a radio group.
     */
    String valueEvent(Node node) {
        for (Map.Entry<String, Object> l : node.listeners.entrySet()) {
            if (constants.get(String.valueOf(l.getValue())) instanceof Map<?, ?> data && data.containsKey("}value")) {
                return l.getKey();
            }
        }
        return "change";
    }

    /** The first node (lowest id) whose {@code id} attribute is this. */
    Node byDomId(String domId) {
        return nodes.values().stream()
                .filter(n -> domId.equals(n.attr("id")))
                .min((a, b) -> Integer.compare(a.id, b.id))
                .orElse(null);
    }

    /** The nodes under {@code root} (depth first, itself included) that have this tag. */
    List<Node> descendants(Node root, String tag) {
        List<Node> out = new ArrayList<>();
        collect(root, tag, out, 0);
        return out;
    }

    private void collect(Node n, String tag, List<Node> out, int depth) {
        if (n == null || depth > 64) {
            return;
        }
        if (tag.equals(n.tag)) {
            out.add(n);
        }
        for (int c : n.children) {
            collect(nodes.get(c), tag, out, depth + 1);
        }
    }

    private HttpResponse<byte[]> send(HttpRequest.Builder b) {
        if (!cookies.isEmpty()) {
            StringBuilder c = new StringBuilder();
            cookies.forEach((k, v) ->
                    c.append(c.isEmpty() ? "" : "; ").append(k).append('=').append(v));
            b.header("Cookie", c.toString());
        }
        b.header("Accept-Encoding", "gzip");
        HttpResponse<byte[]> r;
        try {
            r = http.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new Failure("I/O: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Failure("interrupted");
        }
        for (String h : r.headers().allValues("set-cookie")) {
            String pair = h.split(";", 2)[0];
            int eq = pair.indexOf('=');
            if (eq > 0) {
                cookies.put(pair.substring(0, eq).trim(), pair.substring(eq + 1).trim());
            }
        }
        return r;
    }

    private static String body(HttpResponse<byte[]> r) {
        boolean gzip = r.headers()
                .firstValue("content-encoding")
                .map(v -> v.contains("gzip"))
                .orElse(false);
        if (!gzip) {
            return new String(r.body(), StandardCharsets.UTF_8);
        }
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(r.body()))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final String DUMP = System.getenv("LECTERN_BENCH_DUMP");

    /**
     * {@code -Dlectern.bench.scripts=false}: a client that runs no script, so it never answers one whose result the
     * server waits for (a crawler or a flood that only replays requests; the worst case for memory per session).
     */
    private static final boolean ANSWER_SCRIPTS = !"false".equals(System.getProperty("lectern.bench.scripts"));

    /** With LECTERN_BENCH_DUMP=<file>, every request and reply is appended there (for debugging a scenario). */
    private static synchronized void dump(String label, String request, String reply) {
        if (DUMP == null) {
            return;
        }
        try {
            java.nio.file.Files.writeString(
                    java.nio.file.Path.of(DUMP),
                    "### " + label + "\n>>> " + request + "\n<<< " + reply + "\n",
                    java.nio.file.StandardOpenOption.CREATE,
                    java.nio.file.StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String abbreviate(String s) {
        return s.length() > 300 ? s.substring(0, 300) + "…" : s;
    }

    /** A round-trip that failed or did not bring what the scenario expected. */
    static final class Failure extends RuntimeException {
        Failure(String message) {
            super(message, null, false, false);
        }
    }
}
