package app.lectern.classroom.attempt;

import app.lectern.testsupport.PostgresTest;

/** Submitting is all or nothing on PostgreSQL too. */
@PostgresTest
class SubmitAtomicityPostgresTest extends SubmitAtomicityTest {}
