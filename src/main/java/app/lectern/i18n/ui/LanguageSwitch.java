package app.lectern.i18n.ui;

import app.lectern.i18n.Languages;
import app.lectern.ui.StaticText;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinService;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The header's language menu: a disclosure ({@code details}) listing the languages, each named in itself and
 * marked with its {@code lang}. Choosing one remembers it in a cookie and reloads the page in that language. The
 * menu is one element with static HTML (it is in every open tab); the chosen tag comes back from the browser and is
 * accepted only if it names an offered language.
 */
@Tag("details")
public class LanguageSwitch extends Component {

    private static final String CHOSEN = "event.target.closest('button[value]').value";

    /** Builds the menu of the provider's languages, the UI's current one marked. */
    public LanguageSwitch(I18NProvider provider, Locale current) {
        List<Locale> offered = provider.getProvidedLocales();
        getElement().setAttribute("class", "lectern-lang");
        StringBuilder html = new StringBuilder("<summary class=\"lectern-lang-summary\">")
                .append(StaticText.escape(getTranslation(current, "lang.switch")))
                .append("</summary><ul class=\"lectern-lang-list\">");
        for (Locale l : offered) {
            String tag = StaticText.escape(l.toLanguageTag());
            html.append("<li><button type=\"button\" class=\"lectern-lang-option\" value=\"")
                    .append(tag)
                    .append("\" lang=\"")
                    .append(tag)
                    .append('"')
                    .append(l.equals(current) ? " aria-current=\"true\"" : "")
                    .append('>')
                    .append(StaticText.escape(Languages.nativeName(l)))
                    .append("</button></li>");
        }
        getElement()
                .setProperty("innerHTML", StaticText.shared(html.append("</ul>").toString()));
        getElement()
                .addEventListener(
                        "click",
                        e -> choose(provider, e.getEventData().get(CHOSEN).asString()))
                .addEventData(CHOSEN)
                .setFilter("event.target.closest('button[value]') != null");
    }

    @Override
    protected void onAttach(AttachEvent event) {
        // a disclosure closes on Escape (back on its summary) and when the user clicks elsewhere, like a menu
        getElement()
                .executeJs(
                        "const d = this;"
                                + "d.addEventListener('keydown', e => { if (e.key === 'Escape' && d.open) {"
                                + " d.open = false; d.querySelector('summary').focus(); } });"
                                + "document.addEventListener('click', e => { if (d.open && !d.contains(e.target)) d.open = false; });");
    }

    private void choose(I18NProvider provider, String tag) {
        Optional<Locale> chosen = Languages.parse(tag, provider.getProvidedLocales());
        if (chosen.isEmpty()) {
            return;
        }
        VaadinRequest request = VaadinService.getCurrentRequest();
        VaadinResponse response = VaadinService.getCurrentResponse();
        if (request != null && response != null) {
            LanguageCookie.write(request, response, chosen.get());
        }
        getUI().map(UI::getPage).ifPresent(page -> page.reload());
    }
}
