/** The LTI endpoints platforms and browsers call: key set, OIDC login, launch, deep linking answer (Spring MVC). */
package app.lectern.lti.web;
