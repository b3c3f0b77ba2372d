package app.lectern.privacy.ui;

import app.lectern.privacy.PrivacyService;
import app.lectern.ui.MainLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.PermitAll;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.springframework.security.access.AccessDeniedException;

/** "My data": what Lectern stores about the signed-in user, as a JSON download, and how to have it erased. */
@Route(value = "my-data", layout = MainLayout.class)
@PermitAll
public class MyDataView extends Div implements HasDynamicTitle {

    /** Shows the page; the export is made when the link is followed. */
    public MyDataView(PrivacyService privacy) {
        addClassName("lectern-page");
        add(new H1(getTranslation("account.privacy.heading")));
        add(new Paragraph(getTranslation("account.privacy.what")));
        Anchor download = new Anchor(
                DownloadHandler.fromInputStream(event -> {
                    try {
                        byte[] json = privacy.exportMine().getBytes(StandardCharsets.UTF_8);
                        return new DownloadResponse(
                                new ByteArrayInputStream(json),
                                "lectern-my-data.json",
                                "application/json",
                                json.length);
                    } catch (AccessDeniedException e) {
                        // signed out since the page was opened
                        return DownloadResponse.error(403);
                    }
                }),
                AttachmentType.DOWNLOAD,
                getTranslation("account.privacy.download"));
        download.setId("my-data-download");
        download.addClassName("lectern-link-button");
        add(new Paragraph(download));
        add(new Paragraph(getTranslation("account.privacy.erase")));
    }

    @Override
    public String getPageTitle() {
        return MainLayout.title(this, getTranslation("account.privacy.heading"));
    }
}
