package app.lectern.account;

import app.lectern.testsupport.PostgresTest;

/** Every account service test, on PostgreSQL. */
@PostgresTest
class AccountServicePostgresTest extends AccountServiceTest {}
