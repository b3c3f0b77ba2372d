package app.lectern.storage;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import javax.sql.DataSource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.datasource.DataSourceUtils;

/**
 * An insert that a concurrent request may already have made (a double click, a second tab): a unique-constraint
 * violation is not an error, and the transaction goes on.
 */
public final class DuplicateSafeInsert {

    private DuplicateSafeInsert() {}

    /**
     * Runs an insert in the current transaction; a unique-constraint violation returns {@code false} instead of
     * failing the transaction. A savepoint is needed because PostgreSQL aborts the whole transaction on a failed
     * statement.
     *
     * @param dataSource the data source of the current transaction
     * @param insert the insert, through Spring's JDBC support (so a violation arrives as {@link DuplicateKeyException})
     * @return whether the row was inserted
     */
    public static boolean run(DataSource dataSource, Runnable insert) {
        // the connection of the current transaction (JPA's transaction manager does not offer nested transactions)
        Connection connection = DataSourceUtils.getConnection(dataSource);
        Savepoint savepoint;
        try {
            savepoint = connection.setSavepoint();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot set a savepoint", e);
        }
        try {
            insert.run();
            connection.releaseSavepoint(savepoint);
            return true;
        } catch (DuplicateKeyException e) {
            try {
                connection.rollback(savepoint);
            } catch (SQLException rollback) {
                e.addSuppressed(rollback);
                throw e;
            }
            return false;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot release a savepoint", e);
        }
    }
}
