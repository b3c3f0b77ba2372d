package app.lectern.reading.ui;

import app.lectern.reading.ReadingService;
import app.lectern.reading.ReadingSettings;
import app.lectern.reading.ReadingSettings.ColumnWidth;
import app.lectern.reading.ReadingSettings.Font;
import app.lectern.reading.ReadingSettings.Theme;
import app.lectern.reading.ReadingSettingsException;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.dom.Style;
import com.vaadin.flow.server.VaadinService;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;

/**
 * The reader's reading tools above the section: read-aloud controls ({@code lectern-read-aloud.js}, built in the
 * browser since the voices are only known there) and a "Display" button whose dialog changes the learner's {@link
 * ReadingSettings}. The settings are applied to the host (the reader) as attributes and custom properties when the
 * bar is created, so the page arrives in the learner's style; only an optional font is fetched afterwards, and
 * only once chosen.
 */
@JsModule("./lectern-read-aloud.js")
@JsModule("./lectern-reading-fonts.js")
public final class ReadingBar extends Div {

    /** Text sizes offered, in percent. */
    static final List<Integer> TEXT_SIZES = List.of(100, 115, 130, 150, 175, 200);
    /** Line heights offered, in percent of the font size. */
    static final List<Integer> LINE_SPACINGS = List.of(150, 160, 180, 200, 250);
    /** Letter spacings offered, in hundredths of an em. */
    static final List<Integer> LETTER_SPACINGS = List.of(0, 5, 12);
    /** Word spacings offered, in hundredths of an em. */
    static final List<Integer> WORD_SPACINGS = List.of(0, 8, 16);
    /** Paragraph spacings offered, in percent of the font size. */
    static final List<Integer> PARAGRAPH_SPACINGS = List.of(100, 150, 200);

    private final Component host;
    private final UUID learner;
    private final ReadingService service;
    private final ReadAloud readAloud = new ReadAloud();
    private ReadingSettings settings;
    private Dialog dialog;

    /**
     * A bar for a learner, applying their settings to the host now.
     *
     * @param host the element whose content the settings style (the reader)
     * @param learner the learner whose settings these are
     * @param service where the settings are kept
     */
    public ReadingBar(Component host, UUID learner, ReadingService service) {
        this.host = host;
        this.learner = learner;
        this.service = service;
        this.settings = service.settings(learner);
        addClassName("reading-bar");
        getElement().setAttribute("role", "group");
        getElement().setAttribute("aria-label", getTranslation("reading.bar"));
        Button display = new Button(getTranslation("reading.display"), e -> openDialog());
        display.addClassName("reading-display-button");
        display.setId("reading-display");
        display.getElement().setAttribute("aria-haspopup", "dialog");
        readAloud.configure(this::getTranslation);
        readAloud
                .getElement()
                .addEventListener(
                        "lectern-reading-rate",
                        e -> rateFromBrowser(e.getEventData().get("event.detail.rate")))
                .addEventData("event.detail.rate");
        add(readAloud, display);
        apply(settings);
    }

    /** A bar for the learner, with the application's {@link ReadingService}. */
    public static ReadingBar of(Component host, UUID learner) {
        return new ReadingBar(
                host, learner, VaadinService.getCurrent().getInstantiator().getOrCreate(ReadingService.class));
    }

    /** The settings as applied now. */
    public ReadingSettings settings() {
        return settings;
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        loadFont(settings.font());
    }

    /** The speed the browser sent: any JSON at all, so it is parsed and checked here. */
    private void rateFromBrowser(JsonNode value) {
        if (value == null || !value.isIntegralNumber()) {
            return;
        }
        try {
            save(settings.withSpeechRate(value.asInt()));
        } catch (ReadingSettingsException refused) {
            readAloud.setRate(settings.speechRate()); // the browser's control goes back to what is stored
        }
    }

    private void save(ReadingSettings changed) {
        Font before = settings.font();
        settings = service.save(learner, changed);
        apply(settings);
        if (settings.font() != before) {
            loadFont(settings.font());
        }
    }

    private void loadFont(Font font) {
        if (font != Font.DEFAULT) {
            getElement().executeJs("window.lecternReadingFont && window.lecternReadingFont($0)", font.id());
        }
    }

    /** Attributes and custom properties on the host, which the reading block of {@code lectern.css} uses. */
    private void apply(ReadingSettings s) {
        Element e = host.getElement();
        e.setAttribute("data-reading", "");
        e.setAttribute("data-reading-font", s.font().id());
        e.setAttribute("data-reading-theme", s.theme().id());
        e.setAttribute("data-reading-width", s.width().id());
        Style style = host.getStyle();
        style.set("--reading-size", decimal(s.textSize()));
        style.set("--reading-line", decimal(s.lineSpacing()));
        style.set("--reading-letter", decimal(s.letterSpacing()) + "em");
        style.set("--reading-word", decimal(s.wordSpacing()) + "em");
        style.set("--reading-paragraph", decimal(s.paragraphSpacing()) + "em");
        readAloud.setRate(s.speechRate());
    }

    /** Hundredths as a CSS number: 150 → 1.5, 12 → 0.12. */
    static String decimal(int hundredths) {
        return BigDecimal.valueOf(hundredths, 2).stripTrailingZeros().toPlainString();
    }

    private void openDialog() {
        if (dialog == null) {
            dialog = new Dialog();
            dialog.addClassName("reading-dialog");
            dialog.setHeaderTitle(getTranslation("reading.dialog.title"));
            add(dialog);
        }
        dialog.removeAll();
        dialog.getFooter().removeAll();
        Paragraph problem = new Paragraph();
        problem.addClassName("reading-problem");
        problem.getElement().setAttribute("role", "alert");
        Div fields = new Div();
        fields.addClassName("reading-fields");
        fields.add(
                numbers(
                        "reading.text-size",
                        TEXT_SIZES,
                        settings.textSize(),
                        v -> percent(getLocale(), v),
                        ReadingSettings::withTextSize,
                        problem),
                numbers(
                        "reading.line-spacing",
                        LINE_SPACINGS,
                        settings.lineSpacing(),
                        v -> decimal(v),
                        ReadingSettings::withLineSpacing,
                        problem),
                numbers(
                        "reading.letter-spacing",
                        LETTER_SPACINGS,
                        settings.letterSpacing(),
                        v -> spacing(v, LETTER_SPACINGS),
                        ReadingSettings::withLetterSpacing,
                        problem),
                numbers(
                        "reading.word-spacing",
                        WORD_SPACINGS,
                        settings.wordSpacing(),
                        v -> spacing(v, WORD_SPACINGS),
                        ReadingSettings::withWordSpacing,
                        problem),
                numbers(
                        "reading.paragraph-spacing",
                        PARAGRAPH_SPACINGS,
                        settings.paragraphSpacing(),
                        v -> spacing(v, PARAGRAPH_SPACINGS),
                        ReadingSettings::withParagraphSpacing,
                        problem),
                choices(
                        "reading.width",
                        ColumnWidth.values(),
                        settings.width(),
                        ColumnWidth::id,
                        ReadingSettings::withWidth,
                        problem),
                choices("reading.font", Font.values(), settings.font(), Font::id, ReadingSettings::withFont, problem),
                choices(
                        "reading.theme",
                        Theme.values(),
                        settings.theme(),
                        Theme::id,
                        ReadingSettings::withTheme,
                        problem));
        dialog.add(fields, problem);
        Button reset = new Button(getTranslation("reading.reset"), e -> {
            change(s -> ReadingSettings.DEFAULTS.withSpeechRate(s.speechRate()), problem);
            openDialog();
        });
        Button close = new Button(getTranslation("reading.close"), e -> dialog.close());
        close.addThemeName("primary");
        dialog.getFooter().add(reset, close);
        dialog.open();
    }

    private String spacing(int value, List<Integer> offered) {
        int i = offered.indexOf(value);
        return getTranslation("reading.spacing." + (i == 0 ? "normal" : i == offered.size() - 1 ? "widest" : "wide"));
    }

    private Select<Integer> numbers(
            String key,
            List<Integer> offered,
            int current,
            Function<Integer, String> label,
            BiFunction<ReadingSettings, Integer, ReadingSettings> with,
            Paragraph problem) {
        Select<Integer> select = new Select<>();
        select.setId(key.replace('.', '-'));
        select.setLabel(getTranslation(key));
        select.setItems(offered);
        select.setItemLabelGenerator(label::apply);
        select.setValue(offered.contains(current) ? current : null);
        select.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                change(s -> with.apply(s, e.getValue()), problem);
            }
        });
        return select;
    }

    private <E> RadioButtonGroup<E> choices(
            String key,
            E[] offered,
            E current,
            Function<E, String> id,
            BiFunction<ReadingSettings, E, ReadingSettings> with,
            Paragraph problem) {
        RadioButtonGroup<E> group = new RadioButtonGroup<>(getTranslation(key));
        group.setItems(offered);
        group.setItemLabelGenerator(v -> getTranslation(key + "." + id.apply(v)));
        group.setValue(current);
        group.setId(key.replace('.', '-'));
        group.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                change(s -> with.apply(s, e.getValue()), problem);
            }
        });
        return group;
    }

    private void change(Function<ReadingSettings, ReadingSettings> how, Paragraph problem) {
        try {
            save(how.apply(settings));
            problem.setText("");
        } catch (ReadingSettingsException refused) {
            problem.setText(getTranslation(refused.key(), refused.args()));
        }
    }

    /** The browser's read-aloud controls: a custom element of {@code lectern-read-aloud.js}. */
    @Tag("lectern-read-aloud")
    static final class ReadAloud extends Component {

        private static final List<String> LABELS = List.of(
                "play",
                "pause",
                "resume",
                "stop",
                "speed",
                "voice",
                "options",
                "questions",
                "unsupported",
                "no-voices",
                "reading",
                "paused",
                "stopped",
                "nothing",
                "voice-default");

        void configure(BiFunction<String, Object[], String> translate) {
            for (String label : LABELS) {
                getElement()
                        .setAttribute("data-label-" + label, translate.apply("reading.aloud." + label, new Object[0]));
            }
        }

        void setRate(int percent) {
            getElement().setAttribute("rate", Integer.toString(percent));
        }
    }

    /** Formats a percentage for people, in the locale's way. */
    static String percent(Locale locale, int value) {
        return NumberFormat.getPercentInstance(locale).format(value / 100.0);
    }
}
