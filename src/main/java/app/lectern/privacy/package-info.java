/** Personal data: export and erasure of an account's data, and retention of anonymous self-study progress. */
package app.lectern.privacy;
