package app.lectern.classroom.attempt;

import app.lectern.classroom.AssignmentAccess.StudentContext;
import app.lectern.content.ItemPool;
import app.lectern.content.LearningModule;
import app.lectern.content.Question;
import app.lectern.storage.DuplicateSafeInsert;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import javax.sql.DataSource;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Which variants of a module's item pools one student gets in one assignment. The draw is seeded by the assignment,
 * the student and the pool, and stored in {@code assignment_item_draw} the first time a student's attempt needs it:
 * two students of a class see different variants, and a reload (or a later change of the draw rule) draws nothing
 * new. A reset retires the draw, so the next attempt starts from variants the student has not seen where the pool
 * has enough of them. Teachers' views read the stored draw, or compute the same one without storing it.
 */
@Component
public class ItemDraw {

    private final JdbcClient jdbc;
    private final DataSource dataSource;

    ItemDraw(JdbcClient jdbc, DataSource dataSource) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
    }

    /**
     * The student's context with the module as their attempt shows it: the drawn variants inline, the other
     * variants gone. Stores the draw the first time; a module without pools is returned as it is.
     */
    StudentContext drawn(StudentContext c) {
        LearningModule module = c.module();
        if (module.pools().findAny().isEmpty()) {
            return c;
        }
        long assignmentId = c.assignment().id();
        long studentId = c.student().id();
        Set<String> stored = stored(assignmentId, studentId);
        Set<String> drawn = new HashSet<>();
        module.pools().forEach(pool -> {
            List<String> ids = variantIds(pool);
            List<String> mine = ids.stream().filter(stored::contains).toList();
            if (mine.isEmpty()) {
                mine = draw(pool, assignmentId, studentId, retired(assignmentId, studentId));
                store(assignmentId, studentId, pool.id(), mine, c.now());
            }
            drawn.addAll(mine);
        });
        return new StudentContext(c.student(), c.assignment(), module.withDrawn(drawn), c.now());
    }

    /**
     * The module as this student's attempt shows it, for a teacher's view: the stored draw, or for a student who has
     * not opened the assignment yet the draw they will get (computed, not stored).
     */
    public LearningModule asDrawnFor(LearningModule module, long assignmentId, long studentId) {
        if (module.pools().findAny().isEmpty()) {
            return module;
        }
        Set<String> stored = stored(assignmentId, studentId);
        Set<String> retired = retired(assignmentId, studentId);
        Set<String> drawn = new HashSet<>();
        module.pools().forEach(pool -> {
            List<String> mine =
                    variantIds(pool).stream().filter(stored::contains).toList();
            drawn.addAll(mine.isEmpty() ? draw(pool, assignmentId, studentId, retired) : mine);
        });
        return module.withDrawn(drawn);
    }

    /**
     * {@link #asDrawnFor} for many students at once, in one query whatever their number: each student's drawn
     * variant ids (the stored draw, or the draw they will get). Empty sets for a module without pools.
     */
    public Map<Long, Set<String>> drawnVariants(LearningModule module, long assignmentId, Collection<Long> studentIds) {
        Map<Long, Set<String>> out = new HashMap<>();
        if (studentIds.isEmpty()) {
            return out;
        }
        if (module.pools().findAny().isEmpty()) {
            studentIds.forEach(id -> out.put(id, Set.of()));
            return out;
        }
        Map<Long, Set<String>> stored = new HashMap<>();
        Map<Long, Set<String>> retired = new HashMap<>();
        jdbc.sql(
                        "select student_id, question_id, retired_at from assignment_item_draw where assignment_id = :assignment"
                                + " and student_id in (:ids)")
                .param("assignment", assignmentId)
                .param("ids", List.copyOf(studentIds))
                .query((RowCallbackHandler) rs -> (rs.getObject("retired_at") == null ? stored : retired)
                        .computeIfAbsent(rs.getLong("student_id"), k -> new HashSet<>())
                        .add(rs.getString("question_id")));
        for (long studentId : studentIds) {
            Set<String> mine = stored.getOrDefault(studentId, Set.of());
            Set<String> drawn = new HashSet<>();
            module.pools().forEach(pool -> {
                List<String> kept =
                        variantIds(pool).stream().filter(mine::contains).toList();
                drawn.addAll(
                        kept.isEmpty()
                                ? draw(pool, assignmentId, studentId, retired.getOrDefault(studentId, Set.of()))
                                : kept);
            });
            out.put(studentId, Set.copyOf(drawn));
        }
        return out;
    }

    /**
     * The pool's variants for one student and assignment: {@code draw} of them, chosen by a generator seeded with
     * the assignment, the student and the pool, in the pool's order.
     */
    public static List<String> draw(ItemPool pool, long assignmentId, long studentId) {
        return draw(pool, assignmentId, studentId, Set.of());
    }

    /**
     * The same draw after a reset: variants the student has seen ({@code retired}) come last in the seeded order, so
     * they are drawn again only when the pool has too few others.
     */
    static List<String> draw(ItemPool pool, long assignmentId, long studentId, Set<String> retired) {
        List<String> ids = variantIds(pool);
        List<String> shuffled = new ArrayList<>(ids);
        java.util.Collections.shuffle(shuffled, new Random(seed(assignmentId, studentId, pool.id())));
        List<String> preferred = new ArrayList<>(
                shuffled.stream().filter(id -> !retired.contains(id)).toList());
        shuffled.stream().filter(retired::contains).forEach(preferred::add);
        Set<String> chosen = Set.copyOf(preferred.subList(0, Math.min(pool.draw(), preferred.size())));
        return ids.stream().filter(chosen::contains).toList();
    }

    /**
     * Retires the student's current draw, at a reset: the next attempt draws variants whose keys the student has not
     * seen, where the pool has enough of them.
     */
    void retire(long assignmentId, long studentId, Instant now) {
        jdbc.sql("update assignment_item_draw set retired_at = ? where assignment_id = ? and student_id = ?"
                        + " and retired_at is null")
                .params(now.atOffset(ZoneOffset.UTC), assignmentId, studentId)
                .update();
    }

    private static List<String> variantIds(ItemPool pool) {
        return pool.questions().stream().map(Question::id).toList();
    }

    private static long seed(long assignmentId, long studentId, String poolId) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((assignmentId + ":" + studentId + ":" + poolId).getBytes(StandardCharsets.UTF_8));
            return ByteBuffer.wrap(digest).getLong();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing", e);
        }
    }

    private Set<String> stored(long assignmentId, long studentId) {
        return Set.copyOf(
                jdbc.sql("select question_id from assignment_item_draw where assignment_id = ? and student_id = ?"
                                + " and retired_at is null")
                        .params(assignmentId, studentId)
                        .query(String.class)
                        .list());
    }

    private Set<String> retired(long assignmentId, long studentId) {
        return Set.copyOf(
                jdbc.sql("select question_id from assignment_item_draw where assignment_id = ? and student_id = ?"
                                + " and retired_at is not null")
                        .params(assignmentId, studentId)
                        .query(String.class)
                        .list());
    }

    private void store(long assignmentId, long studentId, String poolId, List<String> ids, Instant now) {
        for (String id : ids) {
            // a variant seen before a reset, drawn again because the pool has too few others, becomes current again
            if (jdbc.sql("update assignment_item_draw set retired_at = null, drawn_at = ? where assignment_id = ?"
                                    + " and student_id = ? and question_id = ? and retired_at is not null")
                            .params(now.atOffset(ZoneOffset.UTC), assignmentId, studentId, id)
                            .update()
                    > 0) {
                continue;
            }
            // a second tab may draw at the same moment: the same seed gives it the same rows
            DuplicateSafeInsert.run(
                    dataSource,
                    () -> jdbc.sql("insert into assignment_item_draw (assignment_id, student_id, pool_id, question_id,"
                                    + " drawn_at) values (?, ?, ?, ?, ?)")
                            .params(assignmentId, studentId, poolId, id, now.atOffset(ZoneOffset.UTC))
                            .update());
        }
    }
}
