package app.lectern.authoring;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The tables of authored modules: drafts, co-authors and published versions. Package-private: the service checks. */
@Component
class AuthoringStore {

    /** A draft's row with its owner's name. */
    record Row(
            String moduleId,
            long ownerId,
            String ownerName,
            Visibility visibility,
            boolean libraryApproved,
            String yaml,
            int revision,
            Instant savedAt,
            String savedBy,
            int publishedVersion) {}

    private static final String SELECT = "select m.module_id, m.owner_id, o.display_name as owner_name, m.visibility,"
            + " m.library_approved, m.draft_yaml, m.draft_revision, m.draft_saved_at, s.display_name as saved_by,"
            + " m.published_version from authored_module m join app_user o on o.id = m.owner_id"
            + " join app_user s on s.id = m.draft_saved_by";

    private final JdbcClient jdbc;

    AuthoringStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    boolean exists(String moduleId) {
        return jdbc.sql("select count(*) from authored_module where module_id = ?")
                        .param(moduleId)
                        .query(Long.class)
                        .single()
                > 0;
    }

    void insert(String moduleId, long ownerId, String yaml, Instant at) {
        jdbc.sql("insert into authored_module (module_id, owner_id, visibility, library_approved, draft_yaml,"
                        + " draft_revision, draft_saved_at, draft_saved_by, published_version, created_at)"
                        + " values (?, ?, ?, false, ?, 1, ?, ?, null, ?)")
                .params(moduleId, ownerId, Visibility.PRIVATE.name(), yaml, utc(at), ownerId, utc(at))
                .update();
    }

    Optional<Row> find(String moduleId) {
        return jdbc.sql(SELECT + " where m.module_id = ?")
                .param(moduleId)
                .query(AuthoringStore::row)
                .optional();
    }

    /** The modules this account owns or co-authors, last saved first. */
    List<Row> ofAuthor(long accountId) {
        return jdbc.sql(SELECT + " where m.owner_id = ? or exists (select 1 from authored_module_author a"
                        + " where a.module_id = m.module_id and a.account_id = ?) order by m.draft_saved_at desc")
                .params(accountId, accountId)
                .query(AuthoringStore::row)
                .list();
    }

    /** Public modules waiting for an administrator's approval. */
    List<Row> awaitingApproval() {
        return jdbc.sql(SELECT + " where m.visibility = 'PUBLIC' and m.library_approved = false"
                        + " and m.published_version is not null order by m.draft_saved_at")
                .query(AuthoringStore::row)
                .list();
    }

    boolean isCoAuthor(String moduleId, long accountId) {
        return jdbc.sql("select count(*) from authored_module_author where module_id = ? and account_id = ?")
                        .params(moduleId, accountId)
                        .query(Long.class)
                        .single()
                > 0;
    }

    List<Draft.CoAuthor> coAuthors(String moduleId) {
        return jdbc.sql("select u.id, u.login_name, u.display_name from authored_module_author a"
                        + " join app_user u on u.id = a.account_id where a.module_id = ? order by u.display_name")
                .param(moduleId)
                .query((rs, n) -> new Draft.CoAuthor(rs.getLong(1), rs.getString(2), rs.getString(3)))
                .list();
    }

    void addCoAuthor(String moduleId, long accountId) {
        jdbc.sql("insert into authored_module_author (module_id, account_id) values (?, ?)")
                .params(moduleId, accountId)
                .update();
    }

    int removeCoAuthor(String moduleId, long accountId) {
        return jdbc.sql("delete from authored_module_author where module_id = ? and account_id = ?")
                .params(moduleId, accountId)
                .update();
    }

    /** Saves the draft if it is still at {@code expectedRevision}; false when someone saved in between. */
    boolean save(String moduleId, String yaml, int expectedRevision, long by, Instant at) {
        return jdbc.sql("update authored_module set draft_yaml = ?, draft_revision = draft_revision + 1,"
                                + " draft_saved_at = ?, draft_saved_by = ? where module_id = ? and draft_revision = ?")
                        .params(yaml, utc(at), by, moduleId, expectedRevision)
                        .update()
                == 1;
    }

    Optional<String> version(String moduleId, int version) {
        return jdbc.sql("select yaml_text from authored_module_version where module_id = ? and version = ?")
                .params(moduleId, version)
                .query(String.class)
                .optional();
    }

    /** Stores a new published version; false when another publish took this number first. */
    boolean publish(String moduleId, int version, String yaml, long by, Instant at) {
        int updated = jdbc.sql("update authored_module set published_version = ? where module_id = ?"
                        + " and coalesce(published_version, 0) = ?")
                .params(version, moduleId, version - 1)
                .update();
        if (updated != 1) {
            return false;
        }
        jdbc.sql("insert into authored_module_version (module_id, version, yaml_text, published_at, published_by)"
                        + " values (?, ?, ?, ?, ?)")
                .params(moduleId, version, yaml, utc(at), by)
                .update();
        return true;
    }

    void share(String moduleId, Visibility visibility) {
        jdbc.sql("update authored_module set visibility = ? where module_id = ?")
                .params(visibility.name(), moduleId)
                .update();
    }

    void approve(String moduleId, boolean approved) {
        jdbc.sql("update authored_module set library_approved = ? where module_id = ?")
                .params(approved, moduleId)
                .update();
    }

    /** Latest published versions: of the public library, or (with an account) those it may assign. */
    List<ModuleVersion> published(boolean libraryOnly, boolean approvalNeeded, Long accountId) {
        String where = libraryOnly
                ? "m.visibility = 'PUBLIC'" + (approvalNeeded ? " and m.library_approved = true" : "")
                : "(m.visibility in ('TEACHERS', 'PUBLIC') or m.owner_id = :account or exists (select 1 from"
                        + " authored_module_author a where a.module_id = m.module_id and a.account_id = :account))";
        var spec = jdbc.sql("select m.module_id, m.published_version from authored_module m"
                + " where m.published_version is not null and " + where);
        if (!libraryOnly) {
            spec = spec.param("account", accountId);
        }
        return spec.query((rs, n) -> new ModuleVersion(rs.getString(1), rs.getInt(2)))
                .list();
    }

    /** A published module version's key. */
    record ModuleVersion(String moduleId, int version) {}

    private static Row row(ResultSet rs, int n) throws SQLException {
        int published = rs.getInt("published_version");
        return new Row(
                rs.getString("module_id"),
                rs.getLong("owner_id"),
                rs.getString("owner_name"),
                Visibility.valueOf(rs.getString("visibility")),
                rs.getBoolean("library_approved"),
                rs.getString("draft_yaml"),
                rs.getInt("draft_revision"),
                rs.getObject("draft_saved_at", OffsetDateTime.class).toInstant(),
                rs.getString("saved_by"),
                published);
    }

    private static OffsetDateTime utc(Instant at) {
        return at.atOffset(ZoneOffset.UTC);
    }
}
