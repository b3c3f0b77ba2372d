package app.lectern.ui;

import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;

/**
 * The words Vaadin's components bring along (a password field's "Show password", an upload's "Drop file here"), in
 * the page's language: Vaadin ships them in English only.
 */
public final class VaadinTexts {

    /** The password field's {@code i18n} property. */
    private record PasswordI18n(String reveal) {}

    private VaadinTexts() {}

    /** Names the show-password button of each field in the page's language. */
    public static void passwords(PasswordField... fields) {
        for (PasswordField field : fields) {
            field.getElement()
                    .setPropertyBean("i18n", new PasswordI18n(field.getTranslation("vaadin.password.reveal")));
        }
    }

    /** Names the show-password button of a login form's password field in the page's language. */
    public static void password(LoginForm form) {
        // the form renders its fields itself; set the label once they exist
        form.getElement()
                .executeJs(
                        "customElements.whenDefined('vaadin-password-field').then(() => requestAnimationFrame(() => {"
                                + " const p = this.querySelector('vaadin-password-field');"
                                + " if (p) p.i18n = { ...p.i18n, reveal: $0 }; }))",
                        form.getTranslation("vaadin.password.reveal"));
    }

    /** The texts of an upload for one file, in the page's language. */
    public static void upload(Upload upload) {
        upload.setI18n(new UploadI18N()
                .setDropFiles(new UploadI18N.DropFiles()
                        .setOne(upload.getTranslation("vaadin.upload.drop"))
                        .setMany(upload.getTranslation("vaadin.upload.drop")))
                .setAddFiles(new UploadI18N.AddFiles()
                        .setOne(upload.getTranslation("vaadin.upload.add"))
                        .setMany(upload.getTranslation("vaadin.upload.add")))
                .setError(new UploadI18N.Error()
                        .setTooManyFiles(upload.getTranslation("vaadin.upload.too-many"))
                        .setFileIsTooBig(upload.getTranslation("vaadin.upload.too-big"))
                        .setIncorrectFileType(upload.getTranslation("vaadin.upload.wrong-type"))));
    }
}
