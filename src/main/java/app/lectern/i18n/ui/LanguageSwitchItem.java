package app.lectern.i18n.ui;

import app.lectern.ui.HeaderItem;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.spring.annotation.SpringComponent;

/** Puts the {@link LanguageSwitch} into the header of every page. */
@SpringComponent
class LanguageSwitchItem implements HeaderItem {

    @Override
    public Component create() {
        UI ui = UI.getCurrent();
        return new LanguageSwitch(
                VaadinService.getCurrent().getInstantiator().getI18NProvider(),
                ui == null ? java.util.Locale.ENGLISH : ui.getLocale());
    }
}
