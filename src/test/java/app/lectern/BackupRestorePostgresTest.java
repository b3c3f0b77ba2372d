package app.lectern;

import app.lectern.testsupport.PostgresTest;

/** The PostgreSQL backup procedure: pg_dump while running, pg_restore into an empty schema. */
@PostgresTest
class BackupRestorePostgresTest extends BackupRestoreTest {}
