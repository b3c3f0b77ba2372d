package app.lectern.reading.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.lectern.reader.ui.ModuleReader;
import app.lectern.reader.ui.ReaderView;
import app.lectern.reader.ui.UiTestSupport;
import app.lectern.reading.ReadingService;
import app.lectern.reading.ReadingSettings;
import app.lectern.reading.ReadingSettings.Font;
import app.lectern.reading.ReadingSettings.Theme;
import app.lectern.testsupport.LecternSpringTest;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.dom.DomEvent;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.internal.JacksonUtils;
import com.vaadin.flow.internal.nodefeature.ElementListenerMap;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** The reading bar in the real reader: settings applied by the server, the browser's speed checked there. */
@LecternSpringTest
@ViewPackages(packages = "app.lectern")
class ReadingBarTest extends SpringBrowserlessTest {

    private static final String READER = "modules/china-russia-ukraine/kyiv-accuses";

    @Autowired
    ReadingService reading;

    private UUID learner;

    @BeforeEach
    void learner() {
        learner = UiTestSupport.signInAnonymousLearner();
    }

    @Test
    void theLearnersSettingsArriveWithThePage() {
        reading.save(
                learner,
                ReadingSettings.DEFAULTS
                        .withTextSize(150)
                        .withFont(Font.OPENDYSLEXIC)
                        .withTheme(Theme.SEPIA)
                        .withLetterSpacing(12));
        navigate(READER, ReaderView.class);

        Element reader = $(ModuleReader.class).single().getElement();
        assertThat(reader.getAttribute("data-reading-font")).isEqualTo("opendyslexic");
        assertThat(reader.getAttribute("data-reading-theme")).isEqualTo("sepia");
        assertThat(reader.getStyle().get("--reading-size")).isEqualTo("1.5");
        assertThat(reader.getStyle().get("--reading-letter")).isEqualTo("0.12em");
        assertThat(readAloud().getAttribute("rate")).isEqualTo("100");
        assertThat(readAloud().getAttribute("data-label-play")).isEqualTo("Read aloud");
    }

    @Test
    void aNewLearnerGetsTheDefaultsAndNothingStored() {
        navigate(READER, ReaderView.class);
        Element reader = $(ModuleReader.class).single().getElement();
        assertThat(reader.getAttribute("data-reading-font")).isEqualTo("default");
        assertThat(reader.getStyle().get("--reading-size")).isEqualTo("1");
        assertThat(reading.settings(learner)).isEqualTo(ReadingSettings.DEFAULTS);
    }

    @Test
    void theSpeedTheBrowserSendsIsCheckedOnTheServer() {
        navigate(READER, ReaderView.class);
        sendRate(JacksonUtils.getMapper().valueToTree(150));
        assertThat(reading.settings(learner).speechRate()).isEqualTo(150);

        sendRate(JacksonUtils.getMapper().valueToTree(100_000));
        sendRate(JacksonUtils.getMapper().valueToTree(-5));
        sendRate(JacksonUtils.getMapper().valueToTree("fast"));
        sendRate(JacksonUtils.getMapper().valueToTree(1.5));
        sendRate(null);
        assertThat(reading.settings(learner).speechRate())
                .as("nothing hostile stored")
                .isEqualTo(150);
        assertThat(readAloud().getAttribute("rate")).as("the control goes back").isEqualTo("150");
    }

    private Element readAloud() {
        return $(ReadingBar.class)
                .single()
                .getElement()
                .getChildren()
                .filter(e -> e.getTag().equals("lectern-read-aloud"))
                .findFirst()
                .orElseThrow();
    }

    private void sendRate(JsonNode rate) {
        ObjectNode data = JacksonUtils.createObjectNode();
        data.set("event.detail.rate", rate);
        Element element = readAloud();
        element.getNode()
                .getFeature(ElementListenerMap.class)
                .fireEvent(new DomEvent(element, "lectern-reading-rate", data));
    }
}
