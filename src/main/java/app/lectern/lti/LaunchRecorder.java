package app.lectern.lti;

import app.lectern.storage.DuplicateSafeInsert;
import java.net.URI;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.function.IntSupplier;
import javax.sql.DataSource;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Remembers, from each resource link launch, what the grade and roster services need later: per registration and
 * assignment the line item (the one the launch named, else the line items container to create one in) and the scopes
 * granted; per registration and class the roster URL. Runs inside the launch's transaction and calls no platform: a
 * launch never fails because a platform's services are down. URLs that are not {@code https} (or loopback {@code
 * http}) or too long are ignored.
 */
@Component
class LaunchRecorder {

    /** The AGS scopes kept; anything else a platform lists is ignored. */
    private static final Set<String> KNOWN_SCOPES = Set.of(
            AgsScopes.LINE_ITEM,
            AgsScopes.SCORE,
            "https://purl.imsglobal.org/spec/lti-ags/scope/lineitem.readonly",
            "https://purl.imsglobal.org/spec/lti-ags/scope/result.readonly");

    private final JdbcClient jdbc;
    private final Clock clock;
    private final DataSource dataSource;

    LaunchRecorder(JdbcClient jdbc, Clock clock, DataSource dataSource) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.dataSource = dataSource;
    }

    @EventListener
    @Transactional
    void launched(LtiLaunched launch) {
        OffsetDateTime now = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        if (launch.assignmentId() != null) {
            line(launch, now);
        }
        if (launch.classId() != null
                && launch.contextId() != null
                && launch.contextId().length() <= 255) {
            String memberships = url(launch.memberships());
            upsert(
                    () -> jdbc.sql("update lti_class_context set context_id = ?, memberships_url = coalesce(?,"
                                    + " memberships_url), updated_at = ? where registration_id = ? and class_id = ?")
                            .params(launch.contextId(), memberships, now, launch.registrationId(), launch.classId())
                            .update(),
                    () -> jdbc.sql("insert into lti_class_context (registration_id, class_id, context_id,"
                                    + " memberships_url, updated_at) values (?, ?, ?, ?, ?)")
                            .params(launch.registrationId(), launch.classId(), launch.contextId(), memberships, now)
                            .update());
        }
    }

    private void line(LtiLaunched launch, OffsetDateTime now) {
        String lineItem = url(launch.lineItem());
        String lineItems = url(launch.lineItems());
        String link = launch.resourceLinkId() == null ? "" : launch.resourceLinkId();
        if (link.isEmpty() || link.length() > 255 || (lineItem == null && lineItems == null)) {
            return;
        }
        String scopes = String.join(
                " ",
                launch.agsScopes().stream()
                        .filter(KNOWN_SCOPES::contains)
                        .distinct()
                        .sorted()
                        .toList());
        // a line item once known stays: a later launch without the claim's line item must not forget it
        upsert(
                () -> jdbc.sql("update lti_line_item set resource_link_id = ?, line_items_url = coalesce(?,"
                                + " line_items_url), line_item_url = coalesce(?, line_item_url), scopes = ?,"
                                + " updated_at = ? where registration_id = ? and assignment_id = ?")
                        .params(link, lineItems, lineItem, scopes, now, launch.registrationId(), launch.assignmentId())
                        .update(),
                () -> jdbc.sql("insert into lti_line_item (registration_id, assignment_id, resource_link_id,"
                                + " line_items_url, line_item_url, scopes, create_due_at, updated_at)"
                                + " values (?, ?, ?, ?, ?, ?, ?, ?)")
                        .params(
                                launch.registrationId(),
                                launch.assignmentId(),
                                link,
                                lineItems,
                                lineItem,
                                scopes,
                                lineItem == null ? now : null,
                                now)
                        .update());
    }

    /** Updates the row, or inserts it; a concurrent launch's insert turns this one's into an update. */
    private void upsert(IntSupplier update, Runnable insert) {
        if (update.getAsInt() == 0 && !DuplicateSafeInsert.run(dataSource, insert)) {
            update.getAsInt();
        }
    }

    private static String url(URI uri) {
        return uri == null
                ? null
                : PlatformHttp.url(uri.toString()).map(URI::toString).orElse(null);
    }

    /** The scopes of a line item row, split. */
    static List<String> scopes(String stored) {
        return stored == null || stored.isBlank() ? List.of() : List.of(stored.split(" "));
    }
}
