package app.lectern.reader.ui;

import app.lectern.content.Claim;
import app.lectern.content.ClaimResponse;
import app.lectern.content.ClaimStatus;
import app.lectern.content.LearningModule;
import app.lectern.content.Markdown;
import app.lectern.content.Section;
import app.lectern.content.TimelineEvent;
import app.lectern.reader.AidRelease;
import app.lectern.reader.Formats;
import app.lectern.ui.StaticText;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeDetails;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The reader's aids beside the section text: the timeline and the claim ledger, each a closed details element. What
 * of them may be shown is {@link AidRelease}'s decision.
 */
final class ReaderAids {

    private final Component host;
    private final LearningModule module;
    private final Supplier<Locale> locale;
    private final String heldBackKey;

    /**
     * The aids of {@code module}; {@code host} is the reader, for translations.
     *
     * @param heldBackKey what a locked entry says when its question is not in this form of the module
     */
    ReaderAids(Component host, LearningModule module, Supplier<Locale> locale, String heldBackKey) {
        this.host = host;
        this.module = module;
        this.locale = locale;
        this.heldBackKey = heldBackKey;
    }

    /**
     * Builds a closed details element's content only when it is first opened. Every component of an open page is
     * held on the server for as long as the tab is open, and the timeline and the claim ledger are most of a
     * section's components, while most learners never open them.
     */
    private static void contentOnFirstOpen(NativeDetails details, Supplier<Component> content) {
        details.getElement().addPropertyChangeListener("open", e -> {
            if (details.isOpen() && details.getContent() == null) {
                details.setContent(content.get());
            }
        });
    }

    /**
     * The timeline, its events listed when first opened; an event that would answer an open question is listed as
     * locked, in its place, with what opens it and neither its date nor its text. When every event is locked by the
     * same questions, the timeline says so once instead.
     */
    NativeDetails timeline(AidRelease release) {
        NativeDetails details = new NativeDetails(host.getTranslation("reader.timeline"));
        details.addClassName("timeline");
        List<AidRelease.Lock> locks =
                module.timeline().stream().map(release::lock).toList();
        if (locks.stream().allMatch(AidRelease.Lock::locked)
                && locks.stream().distinct().count() == 1) {
            Paragraph whole = StaticText.set(
                    new Paragraph(),
                    host.getTranslation(
                            "reader.timeline.locked", AidLocks.message(host, locks.getFirst(), heldBackKey)));
            whole.addClassName("aid-locked");
            whole.addClassName("timeline-locked");
            details.setContent(whole);
            return details;
        }
        contentOnFirstOpen(details, () -> timelineList(locks));
        return details;
    }

    private Component timelineList(List<AidRelease.Lock> locks) {
        OrderedList list = new OrderedList();
        List<TimelineEvent> events = module.timeline();
        for (int i = 0; i < events.size(); i++) {
            TimelineEvent e = events.get(i);
            AidRelease.Lock lock = locks.get(i);
            if (lock.locked()) {
                ListItem item = lockedEntry(new ListItem(), "reader.aid.locked-event", lock);
                list.add(item);
                continue;
            }
            Span date = new Span(Formats.partialDate(e.date(), locale.get()));
            date.addClassName("timeline-date");
            Span text = new Span(e.event());
            text.addClassName("timeline-event");
            list.add(new ListItem(date, text));
        }
        return list;
    }

    /**
     * Fills a locked entry: a label ("Locked claim") and what opens it, as text a screen reader reads, and nothing of
     * the entry itself.
     */
    private <T extends com.vaadin.flow.component.HasComponents & com.vaadin.flow.component.HasStyle> T lockedEntry(
            T entry, String labelKey, AidRelease.Lock lock) {
        entry.addClassName("aid-locked");
        Span icon = new Span();
        icon.addClassName("aid-lock-icon");
        icon.getElement().setAttribute("aria-hidden", "true");
        Span label = new Span(host.getTranslation(labelKey) + ". ");
        label.addClassName("aid-locked-label");
        Span message = new Span(AidLocks.message(host, lock, heldBackKey));
        message.addClassName("aid-lock-message");
        entry.add(icon, label, message);
        return entry;
    }

    /**
     * The claim ledger, built when first opened, with what the learner's work then releases: a claim that would
     * answer an open question is listed as locked, with what opens it; a claim whose evidence would mark the key of
     * an open question says so instead of offering to show it.
     *
     * @param showEvidence shows a claim's evidence in the article
     */
    NativeDetails claims(Supplier<AidRelease> release, Consumer<Claim> showEvidence, Section current) {
        NativeDetails details = new NativeDetails(host.getTranslation("reader.claims"));
        details.addClassName("claims");
        contentOnFirstOpen(details, () -> claimList(release.get(), showEvidence, current));
        return details;
    }

    /** Whether the claim's evidence is in this section (named, or found in its text when the evidence names none). */
    static boolean inSection(Claim claim, Section section) {
        if (claim.evidence().section() != null) {
            return claim.evidence().section().equals(section.id());
        }
        return Markdown.collapse(section.body())
                .contains(Markdown.collapse(claim.evidence().quote()));
    }

    /** What each status means, once above the list, so a badge is never the only explanation. */
    private Component legend() {
        NativeDetails legend = new NativeDetails(host.getTranslation("reader.claims.legend"));
        legend.addClassName("claim-legend");
        StringBuilder html = new StringBuilder("<dl>");
        for (ClaimStatus status : ClaimStatus.values()) {
            String key = status.key();
            html.append("<dt><span class=\"badge status-")
                    .append(StaticText.escape(key))
                    .append("\">")
                    .append(StaticText.escape(host.getTranslation("status." + key)))
                    .append("</span></dt><dd>")
                    .append(StaticText.escape(host.getTranslation("status." + key + ".means")))
                    .append("</dd>");
        }
        Div list = new Div();
        list.getElement()
                .setProperty("innerHTML", StaticText.shared(html.append("</dl>").toString()));
        legend.setContent(list);
        return legend;
    }

    private Component claimList(AidRelease release, Consumer<Claim> showEvidence, Section current) {
        Div body = new Div(new Paragraph(host.getTranslation("reader.claims.intro")), legend());
        UnorderedList list = new UnorderedList();
        list.addClassName("claim-list");
        List<ListItem> elsewhere = new ArrayList<>();
        Paragraph noneHere = new Paragraph(host.getTranslation("reader.claims.none-here"));
        noneHere.addClassName("claim-none-here");
        noneHere.setVisible(false);
        Checkbox onlyHere = new Checkbox(host.getTranslation("reader.claims.this-section", current.title()));
        onlyHere.addClassName("claim-filter");
        long here = module.claims().stream().filter(c -> inSection(c, current)).count();
        onlyHere.addValueChangeListener(e -> {
            elsewhere.forEach(item -> item.setVisible(!e.getValue()));
            noneHere.setVisible(e.getValue() && here == 0);
        });
        body.add(onlyHere);
        // locked claims gather below the open ones: at first a learner has answered nothing, and a wall of locks
        // would bury the claims that are open
        UnorderedList lockedList = new UnorderedList();
        lockedList.addClassNames("claim-list", "claim-list-locked");
        for (Claim c : module.claims()) {
            ListItem item = new ListItem();
            if (!inSection(c, current)) {
                elsewhere.add(item);
            }
            item.addClassName("claim");
            item.setId("claim-" + c.id());
            AidRelease.Lock lock = release.lock(c);
            if (lock.locked()) {
                lockedList.add(lockedEntry(item, "reader.aid.locked-claim", lock));
                continue;
            }
            Paragraph who =
                    new Paragraph(new Strong(c.by()), statusBadge(c.status().key()));
            who.addClassName("claim-by");
            if (c.date() != null) {
                Span date = new Span(Formats.partialDate(c.date(), locale.get()));
                date.addClassName("claim-date");
                who.add(date);
            }
            Paragraph text = new Paragraph(c.text());
            text.addClassName("claim-text");
            item.add(who, text);
            AidRelease.Lock evidenceLock = release.evidenceLock(c);
            if (c.evidence() != null && evidenceLock.locked()) {
                Paragraph later = new Paragraph(host.getTranslation(
                        "reader.aid.locked-evidence", AidLocks.message(host, evidenceLock, heldBackKey)));
                later.addClassName("claim-evidence-later");
                item.add(later);
            } else if (c.evidence() != null) {
                Button evidence = new Button(host.getTranslation("reader.claims.evidence"));
                evidence.addClassName("evidence-button");
                evidence.getElement()
                        .setAttribute("aria-label", host.getTranslation("reader.claims.evidence.label", c.by()));
                evidence.addClickListener(e -> showEvidence.accept(c));
                item.add(evidence);
            }
            if (!c.responses().isEmpty()) {
                UnorderedList responses = new UnorderedList();
                responses.addClassName("claim-responses");
                responses.getElement().setAttribute("aria-label", host.getTranslation("reader.claims.responses"));
                for (ClaimResponse r : c.responses()) {
                    responses.add(new ListItem(
                            new Strong(r.by()), statusBadge(r.status().key()), new Span(" " + r.text())));
                }
                item.add(responses);
            }
            list.add(item);
        }
        body.add(noneHere, list);
        long locked = lockedList.getChildren().count();
        if (locked > 0) {
            NativeDetails lockedBox = new NativeDetails(host.getTranslation("reader.claims.locked", locked));
            lockedBox.addClassName("claims-locked");
            lockedBox.setContent(new Div(new Paragraph(host.getTranslation("reader.claims.locked.why")), lockedList));
            body.add(lockedBox);
        }
        return body;
    }

    private Span statusBadge(String status) {
        Span badge = new Span(host.getTranslation("status." + status));
        badge.addClassName("badge");
        badge.addClassName("status-" + status);
        return badge;
    }
}
