/** The login and sign-up views and the account menu in the header. */
package app.lectern.account.ui;
