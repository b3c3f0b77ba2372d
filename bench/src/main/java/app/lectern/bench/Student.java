package app.lectern.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A simulated self-study student (anonymous, cookie learner): opens the module in the reader, answers every
 * question of the section that has a text field or radio buttons (one round-trip to choose or type, one to press
 * Check, each after a think time), then goes to the next section; after the last one starts over as a new
 * student. Every round-trip is checked: the reader must arrive with its Check buttons, a Check must bring a
 * verdict ("Right!", "Partly right." or "Not quite."), a section change must bring that section's heading.
 */
final class Student {

    private static final Pattern CHECK_ID = Pattern.compile("q-(.+)-check");
    private static final List<String> VERDICTS = List.of("\"Right!\"", "\"Not quite.\"", "\"Partly right.\"");

    private final HttpClient http;
    private final URI base;
    private final Stats stats;
    private final String module;
    private final long thinkMillis;
    /** The browser's cookies: kept when a round-trip fails (the student reloads), cleared for a new student. */
    private final Map<String, String> cookies = new LinkedHashMap<>();

    Student(HttpClient http, URI base, Stats stats, String module, long thinkMillis) {
        this.http = http;
        this.base = base;
        this.stats = stats;
        this.module = module;
        this.thinkMillis = thinkMillis;
    }

    /** Studies until {@code running} turns false. */
    void run(BooleanSupplier running) {
        boolean reload = false;
        while (running.getAsBoolean()) {
            try {
                if (!reload) {
                    cookies.clear(); // a new student in a new browser
                }
                reload = false;
                studyModule(running);
            } catch (UiClient.Failure f) {
                reload = true; // like a browser after an error: reload the page, same cookies
                stats.error(f.getMessage().split(":", 2)[0], f.getMessage());
                try {
                    think();
                } catch (InterruptedException e) {
                    return;
                }
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /**
     * Opens the reader (or another route) and leaves the tab open, for the memory measurement; true if the reader
     * arrived complete (another route is only checked for HTTP and protocol errors).
     */
    boolean openOnly(String route, int tabs) {
        boolean complete = true;
        for (int t = 0; t < tabs; t++) {
            UiClient ui = new UiClient(http, base, stats, cookies); // the same browser: the same session
            UiClient.Reply r = ui.open(route == null ? "modules/" + module : route, "open");
            complete &= route != null || !checkButtons(ui).isEmpty() && r.text().contains("article-body");
        }
        return complete;
    }

    private void studyModule(BooleanSupplier running) throws InterruptedException {
        boolean resuming = cookies.containsKey("lectern_learner");
        UiClient ui = new UiClient(http, base, stats, cookies);
        UiClient.Reply opened = ui.open("modules/" + module, "open");
        List<String> sections = sectionRoutes(ui);
        // a student coming back may find every question of the section answered: then there is no Check button
        if (sections.isEmpty()
                || !opened.text().contains("article-body")
                || !resuming && checkButtons(ui).isEmpty()) {
            throw new UiClient.Failure("open: the reader arrived without sections or questions");
        }
        stats.checked();
        if (resuming && hasProgress(ui)) {
            stats.resumed(); // back after an error, with the answers given before it
        }
        int first = Math.max(0, sections.indexOf(currentSection(ui)));
        for (int s = first; s < sections.size() && running.getAsBoolean(); s++) {
            for (String questionId : checkButtons(ui)) {
                if (!running.getAsBoolean()) {
                    return;
                }
                answer(ui, questionId);
            }
            if (s + 1 < sections.size()) {
                think();
                UiClient.Reply r = ui.navigate(sections.get(s + 1));
                String sectionId =
                        sections.get(s + 1).substring(sections.get(s + 1).lastIndexOf('/') + 1);
                if (!r.text().contains("\"section-title\"")) {
                    throw new UiClient.Failure("navigate: section " + sectionId + " did not arrive");
                }
                stats.checked();
            }
        }
        think();
        ui.unload();
    }

    private void answer(UiClient ui, String questionId) throws InterruptedException {
        UiClient.Node card = ui.byDomId("q-" + questionId);
        if (card == null) {
            throw new UiClient.Failure("input: no card for " + questionId);
        }
        List<UiClient.Node> inputs = new ArrayList<>(ui.descendants(card, "vaadin-text-field"));
        inputs.addAll(ui.descendants(card, "vaadin-radio-group"));
        List<UiClient.Node> others = new ArrayList<>();
        for (String tag : List.of("vaadin-select", "vaadin-combo-box", "vaadin-checkbox-group", "vaadin-checkbox")) {
            others.addAll(ui.descendants(card, tag));
        }
        if (inputs.isEmpty() || !others.isEmpty()) {
            return; // a question type this driver does not answer (ordering, matching, several choices, ...)
        }
        // one round-trip per field, as a student fills them one by one (a categorize question has one group per item)
        for (UiClient.Node input : inputs) {
            String value;
            if ("vaadin-text-field".equals(input.tag)) {
                value = "decimal".equals(input.attr("inputmode")) ? "2" : "completely baseless";
            } else {
                List<UiClient.Node> radios = ui.descendants(input, "vaadin-radio-button");
                if (radios.isEmpty()) {
                    throw new UiClient.Failure("input: no radio buttons in " + questionId);
                }
                Object v = radios.get(ThreadLocalRandom.current().nextInt(radios.size()))
                        .properties
                        .get("value");
                value = String.valueOf(v);
            }
            think();
            ui.setValue("input", input.id, value, ui.valueEvent(input));
        }
        think();
        UiClient.Node check = ui.byDomId("q-" + questionId + "-check");
        UiClient.Reply r = ui.click("check", check.id);
        if (VERDICTS.stream().noneMatch(r.text()::contains)) {
            throw new UiClient.Failure(
                    "check: no verdict for " + questionId + " in " + r.text().length() + " chars");
        }
        stats.checked();
    }

    /** Whether the module's progress bar shows answered questions. */
    private static boolean hasProgress(UiClient ui) {
        return attached(ui).stream()
                .filter(n -> "vaadin-progress-bar".equals(n.tag))
                .anyMatch(n -> n.properties.get("value") instanceof Number v && v.doubleValue() > 0);
    }

    /** The route of the section on screen (the navigation marks it with aria-current). */
    private String currentSection(UiClient ui) {
        for (UiClient.Node n : attached(ui)) {
            if ("page".equals(n.attr("aria-current")) && n.attr("href") != null) {
                return n.attr("href");
            }
            Matcher m = CURRENT_IN_HTML.matcher(innerHtml(n));
            if (m.find()) {
                return unescape(m.group(1));
            }
        }
        return "";
    }

    /** Links inside an element's HTML (the reader's section navigation is one element with HTML). */
    private static final Pattern HREF_IN_HTML = Pattern.compile("<a href=\"([^\"]*)\"");

    private static final Pattern CURRENT_IN_HTML = Pattern.compile("<a href=\"([^\"]*)\"[^>]*aria-current=\"page\"");

    private static String innerHtml(UiClient.Node n) {
        return n.properties.get("innerHTML") instanceof String html ? html : "";
    }

    private static String unescape(String href) {
        return href.replace("&quot;", "\"")
                .replace("&#39;", "'")
                .replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&amp;", "&");
    }

    /** Ids of the questions on screen with a Check button, in page order. */
    private static List<String> checkButtons(UiClient ui) {
        List<String> ids = new ArrayList<>();
        for (UiClient.Node n : attached(ui)) {
            String id = n.attr("id");
            if (id != null) {
                Matcher m = CHECK_ID.matcher(id);
                if (m.matches() && !Boolean.FALSE.equals(visible(n))) {
                    ids.add(m.group(1));
                }
            }
        }
        return ids;
    }

    private static Object visible(UiClient.Node n) {
        Object hidden = n.attributes.get("hidden");
        return hidden == null ? Boolean.TRUE : Boolean.FALSE;
    }

    /** Routes of the module's sections from the section navigation's links, in page order. */
    private List<String> sectionRoutes(UiClient ui) {
        List<String> routes = new ArrayList<>();
        String prefix = "modules/" + module + "/";
        for (UiClient.Node n : attached(ui)) {
            List<String> hrefs = new ArrayList<>();
            if (n.attr("href") != null) {
                hrefs.add(n.attr("href"));
            }
            Matcher m = HREF_IN_HTML.matcher(innerHtml(n));
            while (m.find()) {
                hrefs.add(unescape(m.group(1)));
            }
            for (String href : hrefs) {
                if (href.startsWith(prefix) && !href.endsWith("/results") && !routes.contains(href)) {
                    routes.add(href);
                }
            }
        }
        return routes;
    }

    /**
     * The nodes reachable from the tree's roots (nodes that are nobody's child: the UI's own nodes, which the
     * client knows without being told), depth first, so in page order; detached subtrees are left out.
     */
    private static List<UiClient.Node> attached(UiClient ui) {
        List<UiClient.Node> out = new ArrayList<>();
        Set<Integer> children = new HashSet<>();
        ui.nodes().values().forEach(n -> children.addAll(n.children));
        Set<Integer> seen = new HashSet<>();
        Deque<Integer> stack = new ArrayDeque<>();
        ui.nodes().keySet().stream()
                .filter(id -> !children.contains(id))
                .sorted(java.util.Comparator.reverseOrder())
                .forEach(stack::push);
        while (!stack.isEmpty()) {
            int id = stack.pop();
            UiClient.Node n = ui.nodes().get(id);
            if (n == null || !seen.add(id)) {
                continue;
            }
            out.add(n);
            for (int i = n.children.size() - 1; i >= 0; i--) {
                stack.push(n.children.get(i));
            }
        }
        return out;
    }

    private void think() throws InterruptedException {
        if (thinkMillis > 0) {
            // uniform between half and one and a half times the mean, so students do not march in step
            Thread.sleep(
                    (long) (thinkMillis * (0.5 + ThreadLocalRandom.current().nextDouble())));
        }
    }
}
