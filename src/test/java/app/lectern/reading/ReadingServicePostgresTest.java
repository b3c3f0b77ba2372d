package app.lectern.reading;

import app.lectern.testsupport.PostgresTest;

/** Every test of {@link ReadingServiceTest}, against PostgreSQL instead of H2. */
@PostgresTest
class ReadingServicePostgresTest extends ReadingServiceTest {}
