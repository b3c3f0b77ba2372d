package app.lectern.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;

/**
 * A wide data table inside a box that scrolls sideways on a narrow screen, instead of making the whole page
 * wider than the phone. The box can take keyboard focus and has a name, so a keyboard user can scroll it and a
 * screen reader announces what it holds (axe: scrollable regions must be focusable).
 */
public final class TableScroll {

    private TableScroll() {}

    /**
     * Wraps {@code table}.
     *
     * @param table the table, usually a {@code NativeTable}
     * @param label what the table shows, read out when the box takes focus; it must differ from the name of the
     *     section around it (two landmarks with one name confuse screen-reader navigation, and axe reports it)
     * @return the scrolling box holding the table
     */
    public static Div of(Component table, String label) {
        Div box = new Div(table);
        box.addClassName("table-scroll");
        box.getElement().setAttribute("tabindex", "0");
        box.getElement().setAttribute("role", "region");
        box.getElement().setAttribute("aria-label", label);
        return box;
    }
}
