package app.lectern.privacy;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Every row that references a starting row, directly or through other rows, found by following the database's own
 * foreign keys (read from its metadata, so a table added by a later migration is covered without a change here).
 * Erasing in the reverse order of discovery deletes every referencing row before the row it references.
 */
final class ReferenceWalk {

    /** A foreign key: {@code table(columns)} references {@code target(targetColumns)}. */
    record ForeignKey(String table, List<String> columns, String target, List<String> targetColumns) {}

    /** A row found, with its primary key values. */
    record Found(String table, List<Object> key, Map<String, Object> row) {}

    /** The tables, their primary keys and foreign keys of the current schema. */
    record Schema(Map<String, List<String>> primaryKeys, List<ForeignKey> foreignKeys) {

        /** Reads the schema of the connection's current schema; Flyway's history table is left out. */
        static Schema read(Connection connection) throws SQLException {
            DatabaseMetaData md = connection.getMetaData();
            String schema = connection.getSchema();
            Map<String, List<String>> primaryKeys = new TreeMap<>();
            List<ForeignKey> foreignKeys = new ArrayList<>();
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = md.getTables(null, schema, "%", new String[] {"TABLE"})) {
                while (rs.next()) {
                    String name = rs.getString("TABLE_NAME");
                    if (!name.equalsIgnoreCase("flyway_schema_history")) {
                        tables.add(name);
                    }
                }
            }
            for (String table : tables) {
                Map<Integer, String> pk = new TreeMap<>();
                try (ResultSet rs = md.getPrimaryKeys(null, schema, table)) {
                    while (rs.next()) {
                        pk.put(rs.getInt("KEY_SEQ"), lower(rs.getString("COLUMN_NAME")));
                    }
                }
                primaryKeys.put(lower(table), List.copyOf(pk.values()));
                Map<String, TreeMap<Integer, String[]>> byName = new LinkedHashMap<>();
                try (ResultSet rs = md.getImportedKeys(null, schema, table)) {
                    while (rs.next()) {
                        String name = rs.getString("FK_NAME") + "/" + rs.getString("PKTABLE_NAME");
                        byName.computeIfAbsent(name, k -> new TreeMap<>()).put(rs.getInt("KEY_SEQ"), new String[] {
                            rs.getString("FKCOLUMN_NAME"), rs.getString("PKTABLE_NAME"), rs.getString("PKCOLUMN_NAME")
                        });
                    }
                }
                for (TreeMap<Integer, String[]> parts : byName.values()) {
                    List<String> columns = new ArrayList<>();
                    List<String> targetColumns = new ArrayList<>();
                    String target = null;
                    for (String[] p : parts.values()) {
                        columns.add(lower(p[0]));
                        target = lower(p[1]);
                        targetColumns.add(lower(p[2]));
                    }
                    foreignKeys.add(new ForeignKey(lower(table), columns, target, targetColumns));
                }
            }
            return new Schema(primaryKeys, foreignKeys);
        }

        /** Whether a column of a table is a foreign key, e.g. one a later migration adds. */
        boolean hasForeignKey(String table, String column) {
            return foreignKeys.stream()
                    .anyMatch(f -> f.table().equals(table) && f.columns().contains(column));
        }
    }

    private final JdbcClient jdbc;
    private final Schema schema;

    ReferenceWalk(JdbcClient jdbc, Schema schema) {
        this.jdbc = jdbc;
        this.schema = schema;
    }

    /**
     * The starting rows and every row that references them, transitively, in the order found (parents first).
     *
     * @param table where to start
     * @param column a column of that table
     * @param value the value it must have
     */
    List<Found> from(String table, String column, Object value) {
        List<Found> found = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        Deque<Found> queue = new ArrayDeque<>();
        for (Map<String, Object> row : select(table, List.of(column), List.of(value))) {
            add(table, row, found, seen, queue);
        }
        while (!queue.isEmpty()) {
            Found parent = queue.poll();
            for (ForeignKey fk : schema.foreignKeys()) {
                if (!fk.target().equals(parent.table())) {
                    continue;
                }
                List<Object> values = new ArrayList<>();
                for (String c : fk.targetColumns()) {
                    values.add(parent.row().get(c));
                }
                if (values.contains(null)) {
                    continue;
                }
                for (Map<String, Object> row : select(fk.table(), fk.columns(), values)) {
                    add(fk.table(), row, found, seen, queue);
                }
            }
        }
        return found;
    }

    /**
     * Deletes the rows, the last found first, so none is deleted while another still references it.
     *
     * @return rows deleted by table
     */
    Map<String, Integer> delete(List<Found> rows) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Found f : rows.reversed()) {
            List<String> pk = schema.primaryKeys().get(f.table());
            StringBuilder sql = new StringBuilder("delete from " + f.table() + " where ");
            for (int i = 0; i < pk.size(); i++) {
                sql.append(i == 0 ? "" : " and ").append(pk.get(i)).append(" = ?");
            }
            int n = jdbc.sql(sql.toString()).params(f.key()).update();
            counts.merge(f.table(), n, Integer::sum);
        }
        return counts;
    }

    private void add(String table, Map<String, Object> row, List<Found> found, Set<String> seen, Deque<Found> queue) {
        List<String> pk = schema.primaryKeys().get(table);
        if (pk == null || pk.isEmpty()) {
            throw new IllegalStateException("table " + table + " has no primary key; its rows cannot be erased");
        }
        List<Object> key = new ArrayList<>();
        for (String c : pk) {
            key.add(row.get(c));
        }
        if (seen.add(table + key)) {
            Found f = new Found(table, key, row);
            found.add(f);
            queue.add(f);
        }
    }

    private List<Map<String, Object>> select(String table, List<String> columns, List<Object> values) {
        StringBuilder sql = new StringBuilder("select * from " + table + " where ");
        for (int i = 0; i < columns.size(); i++) {
            sql.append(i == 0 ? "" : " and ").append(columns.get(i)).append(" = ?");
        }
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Map<String, Object> row :
                jdbc.sql(sql.toString()).params(values).query().listOfRows()) {
            Map<String, Object> lower = new LinkedHashMap<>();
            row.forEach((k, v) -> lower.put(lower(k), v));
            rows.add(lower);
        }
        return rows;
    }

    /** A value as JSON shows it: instants in ISO-8601 UTC, ids as text. */
    static Object plain(Object value) {
        return switch (value) {
            case null -> null;
            case OffsetDateTime t -> t.toInstant().toString();
            case Timestamp t -> t.toInstant().toString();
            case UUID u -> u.toString();
            default -> value;
        };
    }

    private static String lower(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
