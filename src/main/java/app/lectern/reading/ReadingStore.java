package app.lectern.reading;

import app.lectern.storage.DuplicateSafeInsert;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The {@code reading_settings} table: one row per learner who changed a setting. */
@Component
class ReadingStore {

    private static final String COLUMNS = "text_size, line_spacing, letter_spacing, word_spacing, paragraph_spacing,"
            + " column_width, font, theme, speech_rate";

    private final JdbcClient jdbc;
    private final DataSource dataSource;
    private final Clock clock;

    ReadingStore(JdbcClient jdbc, DataSource dataSource, Clock clock) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.clock = clock;
    }

    Optional<ReadingSettings> find(UUID learner) {
        return jdbc.sql("select " + COLUMNS + " from reading_settings where learner_id = ?")
                .param(learner)
                .query(ReadingStore::row)
                .optional();
    }

    /** Updates the learner's row, or inserts it; a second tab inserting at the same moment turns into an update. */
    void save(UUID learner, ReadingSettings s) {
        if (update(learner, s) > 0) {
            return;
        }
        boolean inserted = DuplicateSafeInsert.run(
                dataSource,
                () -> jdbc.sql("insert into reading_settings (learner_id, " + COLUMNS
                                + ", updated_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                        .params(
                                learner,
                                s.textSize(),
                                s.lineSpacing(),
                                s.letterSpacing(),
                                s.wordSpacing(),
                                s.paragraphSpacing(),
                                s.width().id(),
                                s.font().id(),
                                s.theme().id(),
                                s.speechRate(),
                                now())
                        .update());
        if (!inserted) {
            update(learner, s);
        }
    }

    /** Copies one learner's row to another that has none; whether it did. */
    boolean copyIfAbsent(UUID from, UUID to) {
        if (find(to).isPresent()) {
            return false;
        }
        return find(from)
                .map(s -> {
                    save(to, s);
                    return true;
                })
                .orElse(false);
    }

    private int update(UUID learner, ReadingSettings s) {
        return jdbc.sql("update reading_settings set text_size = ?, line_spacing = ?, letter_spacing = ?,"
                        + " word_spacing = ?, paragraph_spacing = ?, column_width = ?, font = ?, theme = ?,"
                        + " speech_rate = ?, updated_at = ? where learner_id = ?")
                .params(
                        s.textSize(),
                        s.lineSpacing(),
                        s.letterSpacing(),
                        s.wordSpacing(),
                        s.paragraphSpacing(),
                        s.width().id(),
                        s.font().id(),
                        s.theme().id(),
                        s.speechRate(),
                        now(),
                        learner)
                .update();
    }

    /**
     * A stored row; one that no longer passes the checks (a font since removed, a range since narrowed) reads as the
     * defaults rather than breaking the reader.
     */
    private static ReadingSettings row(ResultSet rs, int rowNum) throws SQLException {
        try {
            return new ReadingSettings(
                    rs.getInt("text_size"),
                    rs.getInt("line_spacing"),
                    rs.getInt("letter_spacing"),
                    rs.getInt("word_spacing"),
                    rs.getInt("paragraph_spacing"),
                    ReadingSettings.ColumnWidth.fromId(rs.getString("column_width")),
                    ReadingSettings.Font.fromId(rs.getString("font")),
                    ReadingSettings.Theme.fromId(rs.getString("theme")),
                    rs.getInt("speech_rate"));
        } catch (ReadingSettingsException e) {
            return ReadingSettings.DEFAULTS;
        }
    }

    /** The time as JDBC drivers take it: PostgreSQL's refuses a bare {@code Instant}. */
    private OffsetDateTime now() {
        return clock.instant().atOffset(ZoneOffset.UTC);
    }
}
