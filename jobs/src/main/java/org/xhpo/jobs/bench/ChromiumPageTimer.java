package org.xhpo.jobs.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Opens a report in headless Chromium in real time (no virtual time) and waits, over the DevTools
 * protocol, until the page's runtime says it has drawn every chart; returns the status the page wrote,
 * whose {@code firstScreenMs} and {@code renderMs} are the page's own clock (milliseconds after
 * navigation start). Chromium's {@code --dump-dom} cannot do this: in real time it dumps the page at its
 * load event, before the charts drawn after a yield to the browser exist.
 *
 * <p>The protocol is JSON over a WebSocket (the JDK's client): Target.createTarget and
 * Target.attachToTarget with {@code flatten}, then Page.navigate and polls of Runtime.evaluate.
 */
public final class ChromiumPageTimer implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String READ_STATUS = "document.body && document.body.dataset.rendered === 'true'"
            + " ? document.getElementById('xhpo-status').textContent : ''";

    private final Process browser;
    private final Path profile;
    private final WebSocket socket;
    private final AtomicInteger nextId = new AtomicInteger(1);
    private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();

    /** Starts Chromium with a window of the given size in CSS pixels (what "the first screen" is). */
    public ChromiumPageTimer(int width, int height) throws Exception {
        profile = Files.createTempDirectory("xhpo-chromium-timer");
        List<String> cmd = new ArrayList<>(List.of(binary().toString(), "--headless", "--no-sandbox",
                "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--hide-scrollbars", "--remote-debugging-port=0",
                "--window-size=" + width + "," + height, "--user-data-dir=" + profile, "about:blank"));
        browser = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        Path portFile = profile.resolve("DevToolsActivePort");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!Files.exists(portFile) || Files.readAllLines(portFile).size() < 2) {
            if (System.nanoTime() > deadline || !browser.isAlive()) {
                close();
                throw new IllegalStateException("chromium did not open its DevTools port within 60 s");
            }
            Thread.sleep(50);
        }
        List<String> lines = Files.readAllLines(portFile, StandardCharsets.UTF_8);
        URI uri = URI.create("ws://127.0.0.1:" + lines.get(0).trim() + lines.get(1).trim());
        socket = HttpClient.newHttpClient().newWebSocketBuilder().buildAsync(uri, new Listener())
                .get(30, TimeUnit.SECONDS);
    }

    /**
     * Opens {@code html} in a new tab and returns the page's status once every chart is drawn.
     *
     * @param timeout how long to wait for the page
     */
    public JsonNode open(Path html, Duration timeout) throws Exception {
        String target = send(null, "Target.createTarget", JSON.createObjectNode().put("url", "about:blank"))
                .path("targetId").asText();
        String session = send(null, "Target.attachToTarget", JSON.createObjectNode().put("targetId", target)
                .put("flatten", true)).path("sessionId").asText();
        send(session, "Page.enable", JSON.createObjectNode());
        send(session, "Page.navigate", JSON.createObjectNode().put("url", html.toAbsolutePath().toUri().toString()));
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            JsonNode r = send(session, "Runtime.evaluate", JSON.createObjectNode().put("expression", READ_STATUS)
                    .put("returnByValue", true));
            String text = r.path("result").path("value").asText("");
            if (!text.isEmpty()) {
                send(null, "Target.closeTarget", JSON.createObjectNode().put("targetId", target));
                return JSON.readTree(text);
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("the page did not finish drawing within " + timeout);
    }

    /**
     * The browser: {@code XHPO_CHROMIUM}, else Debian's {@code /usr/bin/chromium}.
     *
     * @throws IllegalStateException saying how to install it when it is missing
     */
    public static Path binary() {
        String env = System.getenv("XHPO_CHROMIUM");
        Path p = Path.of(env != null ? env : "/usr/bin/chromium");
        if (!Files.isExecutable(p)) {
            throw new IllegalStateException("chromium not found at " + p + ": install it with 'apt-get install chromium'"
                    + " or point XHPO_CHROMIUM at a Chromium binary");
        }
        return p;
    }

    private JsonNode send(String session, String method, ObjectNode params) throws Exception {
        int id = nextId.getAndIncrement();
        ObjectNode msg = JSON.createObjectNode().put("id", id).put("method", method);
        msg.set("params", params);
        if (session != null) {
            msg.put("sessionId", session);
        }
        CompletableFuture<JsonNode> reply = new CompletableFuture<>();
        pending.put(id, reply);
        socket.sendText(JSON.writeValueAsString(msg), true).get(30, TimeUnit.SECONDS);
        JsonNode r = reply.get(120, TimeUnit.SECONDS);
        if (r.has("error")) {
            throw new IllegalStateException(method + " failed: " + r.get("error"));
        }
        return r.path("result");
    }

    /** Collects a message's fragments and completes the matching request. */
    private final class Listener implements WebSocket.Listener {
        private final StringBuilder buffer = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
            buffer.append(data);
            if (last) {
                try {
                    JsonNode msg = JSON.readTree(buffer.toString());
                    CompletableFuture<JsonNode> f = msg.has("id") ? pending.remove(msg.get("id").asInt()) : null;
                    if (f != null) {
                        f.complete(msg);
                    }
                } catch (IOException e) {
                    pending.values().forEach(f -> f.completeExceptionally(e));
                }
                buffer.setLength(0);
            }
            ws.request(1);
            return null;
        }
    }

    @Override
    public void close() throws IOException {
        if (socket != null) {
            socket.abort();
        }
        browser.destroy();
        try {
            if (!browser.waitFor(10, TimeUnit.SECONDS)) {
                browser.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            browser.destroyForcibly();
        }
        try (var paths = Files.walk(profile)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
