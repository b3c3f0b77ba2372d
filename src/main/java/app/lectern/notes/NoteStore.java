package app.lectern.notes;

import app.lectern.storage.DuplicateSafeInsert;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Component;

/** The {@code note} table. Runs in the transaction of {@link NotesService}. */
@Component
class NoteStore {

    private static final String COLUMNS =
            "id, module_id, section_id, text_variant, quote, start_offset, colour, body," + " created_at, updated_at";

    private final JdbcClient jdbc;
    private final DataSource dataSource;
    private final Clock clock;

    NoteStore(JdbcClient jdbc, DataSource dataSource, Clock clock) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.clock = clock;
    }

    /**
     * Makes sure the learner's row exists (an anonymous learner may highlight before anything else was stored) and
     * locks it, so that two tabs adding at once are counted one after the other against the caps.
     */
    void lockLearner(UUID learner) {
        boolean known = !jdbc.sql("select id from learner where id = ? for update")
                .param(learner)
                .query(UUID.class)
                .list()
                .isEmpty();
        if (!known) {
            DuplicateSafeInsert.run(
                    dataSource,
                    () -> jdbc.sql("insert into learner (id, created_at, last_seen_at) values (?, ?, ?)")
                            .params(learner, now(), now())
                            .update());
            jdbc.sql("select id from learner where id = ? for update")
                    .param(learner)
                    .query(UUID.class)
                    .list();
        }
    }

    int countInModule(UUID learner, String moduleId) {
        return jdbc.sql("select count(*) from note where learner_id = ? and module_id = ?")
                .params(learner, moduleId)
                .query(Integer.class)
                .single();
    }

    int countAll(UUID learner) {
        return jdbc.sql("select count(*) from note where learner_id = ?")
                .param(learner)
                .query(Integer.class)
                .single();
    }

    long insert(
            UUID learner,
            String moduleId,
            int moduleVersion,
            Long attemptId,
            String sectionId,
            String variant,
            String quote,
            Integer offset,
            NoteColour colour,
            String body) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("insert into note (learner_id, module_id, module_version, attempt_id, section_id, text_variant, quote,"
                        + " start_offset, colour, body, created_at, updated_at)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        learner,
                        moduleId,
                        moduleVersion,
                        attemptId,
                        sectionId,
                        variant,
                        quote,
                        offset,
                        colour.key(),
                        body,
                        now(),
                        now())
                .update(key, "id");
        return key.getKey().longValue();
    }

    /** The learner's notes of a module in one scope (self-study: {@code attemptId} null), in the order made. */
    List<Note> inScope(UUID learner, String moduleId, Long attemptId) {
        return attemptId == null
                ? jdbc.sql("select " + COLUMNS + " from note where learner_id = ? and module_id = ?"
                                + " and attempt_id is null order by id")
                        .params(learner, moduleId)
                        .query(NoteStore::note)
                        .list()
                : jdbc.sql("select " + COLUMNS + " from note where learner_id = ? and module_id = ?"
                                + " and attempt_id = ? order by id")
                        .params(learner, moduleId, attemptId)
                        .query(NoteStore::note)
                        .list();
    }

    /** Every note of an attempt (only its student can have written them). */
    List<Note> ofAttempt(long attemptId) {
        return jdbc.sql("select " + COLUMNS + " from note where attempt_id = ? order by id")
                .param(attemptId)
                .query(NoteStore::note)
                .list();
    }

    /** A note, only if it is the learner's in this module and scope. */
    Optional<Note> find(UUID learner, String moduleId, Long attemptId, long id) {
        return inScope(learner, moduleId, attemptId).stream()
                .filter(n -> n.id() == id)
                .findFirst();
    }

    void update(long id, NoteColour colour, String body) {
        jdbc.sql("update note set colour = ?, body = ?, updated_at = ? where id = ?")
                .params(colour.key(), body, now(), id)
                .update();
    }

    void delete(long id) {
        jdbc.sql("delete from note where id = ?").param(id).update();
    }

    /** Moves a learner's self-study notes to another learner. */
    int moveSelfStudy(UUID from, UUID to) {
        return jdbc.sql("update note set learner_id = ? where learner_id = ? and attempt_id is null")
                .params(to, from)
                .update();
    }

    private static Note note(ResultSet rs, int row) throws SQLException {
        int offset = rs.getInt("start_offset");
        boolean noOffset = rs.wasNull();
        String body = rs.getString("body");
        return new Note(
                rs.getLong("id"),
                rs.getString("module_id"),
                rs.getString("section_id"),
                rs.getString("text_variant"),
                rs.getString("quote"),
                noOffset ? -1 : offset,
                NoteColour.of(rs.getString("colour")).orElse(NoteColour.IMPORTANT),
                body == null ? "" : body,
                rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                rs.getObject("updated_at", OffsetDateTime.class).toInstant());
    }

    /** The time as JDBC drivers take it: PostgreSQL's refuses a bare {@code Instant}. */
    private OffsetDateTime now() {
        return clock.instant().atOffset(ZoneOffset.UTC);
    }
}
