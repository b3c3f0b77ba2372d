package app.lectern.classroom.ui;

import app.lectern.classroom.ClassroomService;
import app.lectern.classroom.roster.LoginCard;
import app.lectern.classroom.roster.SchoolClass;
import app.lectern.ui.MainLayout;
import app.lectern.ui.NotFoundView;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/**
 * {@code /teach/classes/<id>/cards}: a printable sheet of login cards for the accounts just created in this
 * session. Passwords are never stored in plain text, so the sheet is empty in any later session.
 */
@Route(value = "teach/classes/:" + ClassroomUi.CLASS_ID + NotFoundView.ID + "/cards", layout = MainLayout.class)
@RolesAllowed("TEACHER")
public class LoginCardsView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    // the app shell and everything but the cards disappear on paper; each card stays in one piece
    private static final String PRINT_CSS = "<style>@media print {"
            + " .lectern-header, .lectern-footer, .skip-link, .no-print { display: none !important; }"
            + " .login-card { break-inside: avoid; }"
            + " }</style>";

    private final ClassroomService classroom;

    /** Creates the view; its content is built when the class is known. */
    public LoginCardsView(ClassroomService classroom) {
        this.classroom = classroom;
        addClassName("lectern-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        render(ClassroomUi.ownClass(event, this, classroom));
    }

    private void render(SchoolClass c) {
        removeAll();
        add(new Html(PRINT_CSS));
        RouterLink back = new RouterLink(
                getTranslation("classroom.class.back"),
                ClassView.class,
                new RouteParameters(ClassroomUi.CLASS_ID, String.valueOf(c.id())));
        back.addClassName("no-print");
        add(new Paragraph(back));
        add(new H1(getTranslation("classroom.cards.heading", c.name())));
        List<LoginCard> cards = ClassroomUi.cards(c.id());
        if (cards.isEmpty()) {
            add(new Paragraph(getTranslation("classroom.cards.none")));
            return;
        }
        Button print = new Button(getTranslation("classroom.cards.print"));
        print.setId("print");
        print.addClassName("no-print");
        print.getElement().executeJs("this.addEventListener('click', () => window.print())");
        add(print);

        Div grid = new Div();
        grid.setId("cards");
        grid.getStyle()
                .set("display", "grid")
                .set("grid-template-columns", "repeat(auto-fill, minmax(16rem, 1fr))")
                .set("gap", "1rem")
                .set("margin-top", "1rem");
        for (LoginCard card : cards) {
            String link = cardLink(card);
            Article article = new Article();
            article.addClassName("login-card");
            article.getStyle()
                    .set("border", "1px dashed currentColor")
                    .set("padding", "1rem")
                    .set("border-radius", "0.5rem");
            DescriptionList list = new DescriptionList();
            add(list, getTranslation("classroom.cards.class"), c.name());
            add(list, getTranslation("classroom.cards.name"), card.displayName());
            add(list, getTranslation("classroom.cards.login"), card.loginName());
            add(list, getTranslation("classroom.cards.password"), card.password());
            add(list, getTranslation("classroom.cards.address"), link);
            article.add(list);
            article.add(new Html("<div class=\"login-card-qr\">"
                    + LoginCardQr.svg(link, getTranslation("classroom.cards.qr", card.loginName()))
                    + "</div>"));
            grid.add(article);
        }
        add(grid);
    }

    /**
     * The card's sign-in address with the login name, e.g. {@code https://lectern.example.org/login?user=sam-3043};
     * login names are lower-case letters, digits, dots, dashes and underscores, so nothing needs escaping.
     */
    static String cardLink(LoginCard card) {
        return ClassroomUi.appUrl(
                "login?user=" + java.net.URLEncoder.encode(card.loginName(), java.nio.charset.StandardCharsets.UTF_8));
    }

    private static void add(DescriptionList list, String term, String value) {
        DescriptionList.Description description = new DescriptionList.Description(value);
        description
                .getStyle()
                .set("font-family", "monospace")
                .set("font-size", "1.1em")
                .set("overflow-wrap", "anywhere") // a long address must stay on its card
                .set("margin", "0 0 0.5em 0");
        list.add(new DescriptionList.Term(term), description);
    }

    @Override
    public String getPageTitle() {
        return MainLayout.title(this, getTranslation("classroom.cards.title"));
    }
}
