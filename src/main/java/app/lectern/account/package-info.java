/** Accounts, sign-up, login throttling and the Spring Security configuration. */
package app.lectern.account;
