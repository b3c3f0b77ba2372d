package app.lectern.i18n.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.spring.annotation.SpringComponent;

/** Shows every new page in the visitor's language (see {@link LanguageCookie#choose}). */
@SpringComponent
class LanguageInit implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(e -> {
            VaadinRequest request = VaadinRequest.getCurrent();
            if (request != null) {
                e.getUI()
                        .setLocale(LanguageCookie.choose(
                                request, event.getSource().getInstantiator().getI18NProvider()));
            }
        });
    }
}
