package app.lectern.classroom;

import app.lectern.testsupport.PostgresTest;

/** Submitting is all or nothing on PostgreSQL too. */
@PostgresTest
class SubmitAtomicityPostgresTest extends SubmitAtomicityTest {}
