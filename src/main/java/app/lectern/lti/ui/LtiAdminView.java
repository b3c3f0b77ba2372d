package app.lectern.lti.ui;

import app.lectern.lti.LtiException;
import app.lectern.lti.LtiRegistration;
import app.lectern.lti.LtiRegistrations;
import app.lectern.lti.ToolKeys;
import app.lectern.lti.ToolUrls;
import app.lectern.ui.MainLayout;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinServletRequest;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * {@code /admin/lti}: the learning platforms (Moodle, Canvas...) Lectern accepts launches from. Administrators list,
 * add, change and remove registrations, copy Lectern's own addresses into the platform, and rotate the tool's key.
 */
@Route(value = LtiAdminView.ROUTE, layout = MainLayout.class)
@RolesAllowed("ADMIN")
public class LtiAdminView extends Div implements HasDynamicTitle {

    /** The page's address. */
    public static final String ROUTE = "admin/lti";

    private final LtiRegistrations registrations;
    private final ToolKeys keys;
    private final Div list = new Div();
    private final TextField name = field("lti-name", "lti.admin.field.name", LtiRegistrations.MAX_NAME);
    private final TextField issuer = field("lti-issuer", "lti.admin.field.issuer", LtiRegistrations.MAX_ISSUER);
    private final TextField clientId = field("lti-client-id", "lti.admin.field.client-id", LtiRegistrations.MAX_ID);
    private final TextArea deployments = new TextArea();
    private final TextField jwks = field("lti-jwks", "lti.admin.field.jwks", LtiRegistrations.MAX_URL);
    private final TextField authorization =
            field("lti-authorization", "lti.admin.field.authorization", LtiRegistrations.MAX_URL);
    private final TextField token = field("lti-token", "lti.admin.field.token", LtiRegistrations.MAX_URL);
    private final H2 formHeading = new H2();
    private final Paragraph status = new Paragraph();
    private final Paragraph keyId = new Paragraph();
    private Long editing;

    /** Builds the page from the registrations and the request's public address. */
    public LtiAdminView(LtiRegistrations registrations, ToolKeys keys) {
        this.registrations = registrations;
        this.keys = keys;
        addClassName("lectern-page");
        add(new H1(getTranslation("lti.admin.heading")));
        add(new Paragraph(getTranslation("lti.admin.intro")));
        add(toolValues());

        add(new H2(getTranslation("lti.admin.registrations")));
        list.setId("lti-registrations");
        add(list);

        formHeading.setId("lti-form-heading");
        deployments.setId("lti-deployments");
        deployments.setLabel(getTranslation("lti.admin.field.deployments"));
        deployments.setHelperText(getTranslation("lti.admin.field.deployments-help"));
        deployments.setWidthFull();
        Button save = new Button(getTranslation("lti.admin.save"), e -> save());
        save.setId("lti-save");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        Button cancel = new Button(getTranslation("lti.admin.cancel"), e -> edit(null));
        cancel.setId("lti-cancel");
        status.setId("lti-status");
        status.getElement().setAttribute("role", "status");
        Section form = new Section(
                formHeading, name, issuer, clientId, deployments, jwks, authorization, token, new Div(save, cancel));
        form.addClassName("lti-form");
        add(status, form);
        edit(null);
        refresh();
    }

    private Section toolValues() {
        ToolUrls urls = new ToolUrls(base());
        DescriptionList values = new DescriptionList();
        Map<String, String> rows = new java.util.LinkedHashMap<>();
        rows.put("lti.admin.tool.jwks", urls.jwks());
        rows.put("lti.admin.tool.login", urls.login());
        rows.put("lti.admin.tool.launch", urls.launch());
        rows.put("lti.admin.tool.deep-linking", urls.launch());
        int i = 0;
        for (Map.Entry<String, String> row : rows.entrySet()) {
            DescriptionList.Description value = new DescriptionList.Description(row.getValue());
            value.setId("lti-tool-value-" + i++);
            values.add(new DescriptionList.Term(getTranslation(row.getKey())), value);
        }
        keyId.setId("lti-key-id");
        keyId.setText(getTranslation("lti.admin.tool.key", keys.activeKeyId()));
        Button rotate = new Button(getTranslation("lti.admin.rotate"), e -> {
            ConfirmDialog confirm = new ConfirmDialog();
            confirm.setHeader(getTranslation("lti.admin.rotate"));
            confirm.setText(getTranslation("lti.admin.rotate-confirm"));
            confirm.setCancelable(true);
            confirm.setConfirmText(getTranslation("lti.admin.rotate"));
            confirm.addConfirmListener(c -> {
                String kid = keys.rotate();
                keyId.setText(getTranslation("lti.admin.tool.key", kid));
                status.setText(getTranslation("lti.admin.rotated"));
            });
            confirm.open();
        });
        rotate.setId("lti-rotate");
        Section section = new Section(
                new H2(getTranslation("lti.admin.tool")),
                new Paragraph(getTranslation("lti.admin.tool-intro")),
                values,
                keyId,
                rotate);
        section.setId("lti-tool-values");
        return section;
    }

    private void refresh() {
        list.removeAll();
        List<LtiRegistration> all = registrations.all();
        if (all.isEmpty()) {
            list.add(new Paragraph(getTranslation("lti.admin.none")));
        }
        for (LtiRegistration r : all) {
            Div card = new Div();
            card.addClassName("lti-registration");
            H3 title = new H3(r.name());
            Paragraph details = new Paragraph(getTranslation(
                    "lti.admin.details", r.issuer(), r.clientId(), String.join(", ", r.deploymentIds())));
            Button change = new Button(getTranslation("lti.admin.edit"), e -> edit(r));
            change.setId("lti-edit-" + r.id());
            change.getElement().setAttribute("aria-label", getTranslation("lti.admin.edit-named", r.name()));
            Button delete = new Button(getTranslation("lti.admin.delete"), e -> confirmDelete(r));
            delete.setId("lti-delete-" + r.id());
            delete.addThemeVariants(ButtonVariant.ERROR);
            delete.getElement().setAttribute("aria-label", getTranslation("lti.admin.delete-named", r.name()));
            card.add(title, details, new Div(change, delete));
            list.add(card);
        }
    }

    private void confirmDelete(LtiRegistration r) {
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setHeader(getTranslation("lti.admin.delete-named", r.name()));
        confirm.setText(getTranslation("lti.admin.delete-confirm"));
        confirm.setCancelable(true);
        confirm.setConfirmText(getTranslation("lti.admin.delete"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.addConfirmListener(e -> {
            registrations.delete(r.id());
            if (editing != null && editing == r.id()) {
                edit(null);
            }
            status.setText(getTranslation("lti.admin.deleted", r.name()));
            refresh();
        });
        confirm.open();
    }

    private void edit(LtiRegistration r) {
        editing = r == null ? null : r.id();
        formHeading.setText(
                getTranslation(r == null ? "lti.admin.add" : "lti.admin.change", r == null ? "" : r.name()));
        name.setValue(r == null ? "" : r.name());
        issuer.setValue(r == null ? "" : r.issuer());
        clientId.setValue(r == null ? "" : r.clientId());
        deployments.setValue(r == null ? "" : String.join("\n", r.deploymentIds()));
        jwks.setValue(r == null ? "" : r.platformJwks().toString());
        authorization.setValue(r == null ? "" : r.authorizationEndpoint().toString());
        token.setValue(r == null ? "" : r.tokenEndpoint().toString());
        clearErrors();
    }

    private void save() {
        clearErrors();
        LtiRegistrations.Form form = new LtiRegistrations.Form(
                name.getValue(),
                issuer.getValue(),
                clientId.getValue(),
                deployments.getValue(),
                jwks.getValue(),
                authorization.getValue(),
                token.getValue());
        try {
            LtiRegistration saved = editing == null ? registrations.create(form) : registrations.update(editing, form);
            status.setText(getTranslation("lti.admin.saved", saved.name()));
            edit(null);
            refresh();
        } catch (LtiException e) {
            String message = getTranslation(e.key(), e.args());
            status.setText(message);
            switch (e.key()) {
                case "lti.registration.error.name" -> invalid(name, message);
                case "lti.registration.error.issuer" -> invalid(issuer, message);
                case "lti.registration.error.client-id", "lti.registration.error.duplicate" ->
                    invalid(clientId, message);
                case "lti.registration.error.deployment", "lti.registration.error.deployments" -> {
                    deployments.setErrorMessage(message);
                    deployments.setInvalid(true);
                    deployments.focus();
                }
                case "lti.registration.error.jwks" -> invalid(jwks, message);
                case "lti.registration.error.authorization" -> invalid(authorization, message);
                case "lti.registration.error.token" -> invalid(token, message);
                default -> {
                    // shown in the status line
                }
            }
        }
    }

    private static void invalid(TextField field, String message) {
        field.setErrorMessage(message);
        field.setInvalid(true);
        field.focus();
    }

    private void clearErrors() {
        for (TextField f : List.of(name, issuer, clientId, jwks, authorization, token)) {
            f.setInvalid(false);
        }
        deployments.setInvalid(false);
    }

    private TextField field(String id, String label, int max) {
        TextField f = new TextField(getTranslation(label));
        f.setId(id);
        f.setMaxLength(max);
        f.setWidthFull();
        return f;
    }

    private static String base() {
        VaadinServletRequest request = VaadinServletRequest.getCurrent();
        if (request == null) {
            return "";
        }
        return ServletUriComponentsBuilder.fromContextPath(request.getHttpServletRequest())
                .replaceQuery(null)
                .build()
                .toUriString();
    }

    @Override
    public String getPageTitle() {
        return MainLayout.title(this, getTranslation("lti.admin.heading"));
    }
}
