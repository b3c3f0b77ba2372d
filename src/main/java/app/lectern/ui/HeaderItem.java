package app.lectern.ui;

import com.vaadin.flow.component.Component;

/**
 * Something a feature shows in the header of every page, such as the account menu. A feature declares one as a
 * Spring bean; the shell asks each for a fresh component per page, so the shell depends on no feature.
 */
@FunctionalInterface
public interface HeaderItem {

    /** A new component for one page's header. */
    Component create();
}
