package app.lectern.authoring.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Nav;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The parts of the draft editor, one shown at a time, chosen with a row of buttons (the chosen one marked with
 * {@code aria-current}). Plain buttons rather than a tab sheet: each is reached with Tab like any other button, and
 * screen readers hear which part is open.
 */
final class Panes extends Div {

    /** One part and its button. */
    record Pane(Button button, Component content) {}

    private final Nav bar = new Nav();
    private final Div body = new Div();
    private final List<Pane> panes = new ArrayList<>();
    private final List<Consumer<Pane>> listeners = new ArrayList<>();
    private Pane selected;

    Panes(String label) {
        addClassName("editor-panes");
        bar.addClassName("editor-pane-bar");
        bar.setId("editor-panes");
        bar.getElement().setAttribute("aria-label", label);
        body.addClassName("editor-pane-body");
        add(bar, body);
    }

    Pane add(String label, Component content) {
        Button button = new Button(label);
        Pane pane = new Pane(button, content);
        button.addClickListener(e -> select(pane));
        panes.add(pane);
        bar.add(button);
        body.add(content);
        content.setVisible(false);
        if (selected == null) {
            select(pane);
        }
        return pane;
    }

    void select(Pane pane) {
        for (Pane p : panes) {
            boolean chosen = p == pane;
            p.content().setVisible(chosen);
            if (chosen) {
                p.button().addThemeVariants(ButtonVariant.PRIMARY);
                p.button().getElement().setAttribute("aria-current", "true");
            } else {
                p.button().removeThemeVariants(ButtonVariant.PRIMARY);
                p.button().getElement().removeAttribute("aria-current");
            }
        }
        boolean changed = selected != pane;
        selected = pane;
        if (changed) {
            listeners.forEach(l -> l.accept(pane));
        }
    }

    Pane selected() {
        return selected;
    }

    void setLabel(Pane pane, String label) {
        pane.button().setText(label);
    }

    void addSelectionListener(Consumer<Pane> listener) {
        listeners.add(listener);
    }
}
