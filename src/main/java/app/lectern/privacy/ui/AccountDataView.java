package app.lectern.privacy.ui;

import app.lectern.account.AccountException;
import app.lectern.account.AccountService;
import app.lectern.account.CurrentUser;
import app.lectern.privacy.AccountMatch;
import app.lectern.privacy.Deletion;
import app.lectern.privacy.PrivacyException;
import app.lectern.privacy.PrivacyService;
import app.lectern.ui.MainLayout;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.stream.Collectors;
import org.springframework.security.access.AccessDeniedException;

/**
 * For admins: find one account by login or display name, see who it is, download its data, give it a new one-time
 * password (a teacher who forgot theirs) or erase a student account. Search only, at most {@value PrivacyService#MAX_MATCHES} results: many accounts belong to minors, so
 * there is no list of everyone.
 */
@Route(value = "admin/accounts", layout = MainLayout.class)
@RolesAllowed("ADMIN")
public class AccountDataView extends Div implements HasDynamicTitle {

    private final PrivacyService privacy;
    private final AccountService accounts;
    private final long adminId;
    private final TextField query = new TextField();
    private final Paragraph status = new Paragraph();
    private final Div results = new Div();

    /** Builds the search form; results appear below it. */
    public AccountDataView(PrivacyService privacy, AccountService accounts, CurrentUser currentUser) {
        this.privacy = privacy;
        this.accounts = accounts;
        this.adminId = currentUser.require().id();
        addClassName("lectern-page");
        add(new H1(getTranslation("account.admin.heading")));
        add(new Paragraph(getTranslation("account.admin.intro", PrivacyService.MIN_NAME_QUERY)));

        query.setId("account-query");
        query.setLabel(getTranslation("account.admin.query"));
        query.setMaxLength(80);
        query.setClearButtonVisible(true);
        query.getElement().setAttribute("autocomplete", "off");
        Button search = new Button(getTranslation("account.admin.search"), e -> search());
        search.setId("account-search");
        search.addThemeVariants(ButtonVariant.PRIMARY);
        query.addKeyPressListener(Key.ENTER, e -> search());
        Div form = new Div(query, search);
        form.addClassName("lectern-account-search");
        add(form);

        status.setId("account-status");
        status.getElement().setAttribute("role", "status");
        add(status, results);
    }

    private void search() {
        results.removeAll();
        List<AccountMatch> found = privacy.findAccounts(query.getValue());
        if (found.isEmpty()) {
            status.setText(getTranslation("account.admin.none", query.getValue().strip()));
            return;
        }
        status.setText(
                found.size() == PrivacyService.MAX_MATCHES
                        ? getTranslation("account.admin.found-max", found.size())
                        : getTranslation("account.admin.found", found.size()));
        found.forEach(match -> results.add(card(match)));
    }

    private Section card(AccountMatch match) {
        Section card = new Section();
        card.addClassName("lectern-account-card");
        card.setId("account-" + match.id());
        card.add(new H2(match.displayName()));
        DescriptionList facts = new DescriptionList();
        fact(facts, "account.admin.login", match.loginName());
        fact(
                facts,
                "account.admin.roles",
                match.roles().stream()
                        .sorted()
                        .map(r -> getTranslation("account.admin.role." + r.name()))
                        .collect(Collectors.joining(", ")));
        fact(
                facts,
                "account.admin.classes",
                match.classes().isEmpty()
                        ? getTranslation("account.admin.no-classes")
                        : String.join(", ", match.classes()));
        fact(
                facts,
                "account.admin.state",
                getTranslation(match.enabled() ? "account.admin.enabled" : "account.admin.disabled"));
        card.add(facts);

        Anchor download = new Anchor(
                DownloadHandler.fromInputStream(event -> {
                    try {
                        byte[] json = privacy.export(match.id()).getBytes(StandardCharsets.UTF_8);
                        return new DownloadResponse(
                                new ByteArrayInputStream(json),
                                "lectern-account-" + match.loginName() + ".json",
                                "application/json",
                                json.length);
                    } catch (AccessDeniedException e) {
                        return DownloadResponse.error(403);
                    } catch (NoSuchElementException e) {
                        return DownloadResponse.error(404);
                    }
                }),
                AttachmentType.DOWNLOAD,
                getTranslation("account.admin.download", match.loginName()));
        download.setId("account-download-" + match.id());
        download.addClassName("lectern-link-button");
        card.add(new Paragraph(download));

        card.add(resetForm(match));
        if (match.erasable() && match.id() != adminId) {
            card.add(eraseForm(match, card));
        } else {
            card.add(new Paragraph(getTranslation("account.admin.not-erasable")));
        }
        return card;
    }

    /** A new one-time password for anyone but the admin themself (who changes theirs with the current one). */
    private Div resetForm(AccountMatch match) {
        Div form = new Div();
        form.addClassName("lectern-account-reset");
        if (match.id() == adminId) {
            form.add(new Paragraph(getTranslation("account.admin.reset-own")));
            return form;
        }
        Paragraph result = new Paragraph();
        result.setId("account-reset-result-" + match.id());
        result.getElement().setAttribute("role", "status");
        Button reset = new Button(getTranslation("account.admin.reset", match.loginName()));
        reset.setId("account-reset-" + match.id());
        reset.addClickListener(e -> {
            ConfirmDialog dialog = new ConfirmDialog();
            dialog.setHeader(getTranslation("account.admin.reset", match.loginName()));
            dialog.setText(getTranslation("account.admin.reset-confirm", match.loginName()));
            dialog.setCancelable(true);
            dialog.setCancelText(getTranslation("account.admin.reset-cancel"));
            dialog.setConfirmText(getTranslation("account.admin.reset-yes"));
            dialog.addConfirmListener(confirmed -> reset(match, result));
            dialog.open();
        });
        form.add(reset, result);
        return form;
    }

    void reset(AccountMatch match, Paragraph result) {
        try {
            String password = accounts.resetPassword(match.id());
            result.setText(getTranslation("account.admin.reset-done", match.loginName(), password));
        } catch (AccessDeniedException | AccountException refused) {
            result.setText(getTranslation(
                    "account.admin.reset-refused",
                    match.loginName(),
                    refused instanceof AccountException a
                            ? getTranslation(a.messageKey(), a.args())
                            : getTranslation("account.admin.reset-own")));
        }
    }

    private Div eraseForm(AccountMatch match, Section card) {
        TextField confirm = new TextField(getTranslation("account.admin.confirm", match.loginName()));
        confirm.setId("account-confirm-" + match.id());
        confirm.setHelperText(getTranslation("account.admin.confirm-help"));
        confirm.setValueChangeMode(ValueChangeMode.EAGER);
        confirm.getElement().setAttribute("autocomplete", "off");
        Button erase = new Button(getTranslation("account.admin.erase", match.loginName()));
        erase.setId("account-erase-" + match.id());
        erase.addThemeVariants(ButtonVariant.ERROR);
        erase.setEnabled(false);
        confirm.addValueChangeListener(
                e -> erase.setEnabled(match.loginName().equals(e.getValue().strip())));
        erase.addClickListener(e -> {
            if (!match.loginName().equals(confirm.getValue().strip())) {
                return;
            }
            erase.setEnabled(false);
            try {
                Deletion deletion = privacy.delete(match.id());
                results.remove(card);
                status.setText(getTranslation(
                        "account.admin.erased",
                        match.loginName(),
                        match.displayName(),
                        deletion.rows(),
                        deletion.rowsByTable().entrySet().stream()
                                .filter(t -> t.getValue() > 0)
                                .sorted(Map.Entry.comparingByKey())
                                .map(t -> t.getKey() + " " + t.getValue())
                                .collect(Collectors.joining(", "))));
            } catch (NoSuchElementException gone) {
                results.remove(card);
                status.setText(getTranslation("account.admin.gone", match.loginName()));
            } catch (PrivacyException refused) {
                status.setText(getTranslation("account.admin.refused", match.loginName(), refused.getMessage()));
            }
        });
        Div form = new Div(confirm, erase);
        form.addClassName("lectern-account-erase");
        return form;
    }

    private void fact(DescriptionList list, String key, String value) {
        list.add(new DescriptionList.Term(getTranslation(key)), new DescriptionList.Description(value));
    }

    @Override
    public String getPageTitle() {
        return MainLayout.title(this, getTranslation("account.admin.heading"));
    }
}
