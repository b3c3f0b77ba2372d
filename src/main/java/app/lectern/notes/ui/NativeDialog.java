package app.lectern.notes.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasComponents;
import com.vaadin.flow.component.Tag;

/**
 * The browser's own modal {@code <dialog>}: focus kept inside, Escape closes it, focus back where it was. No web
 * component, so no bytes added to the page.
 */
@Tag("dialog")
final class NativeDialog extends Component implements HasComponents {

    NativeDialog(String className, String labelledBy) {
        getElement().getClassList().add(className);
        getElement().setAttribute("aria-labelledby", labelledBy);
    }

    void showModal() {
        getElement().executeJs("if (!this.open) this.showModal()");
    }

    void close() {
        getElement().executeJs("if (this.open) this.close()");
    }
}
