package app.lectern.reader.ui;

import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.html.Span;

/** A {@code <strong>} element, which Flow's HTML components lack. */
@Tag("strong")
public class Strong extends Span {

    /** Creates the element with this text. */
    public Strong(String text) {
        super(text);
    }
}
