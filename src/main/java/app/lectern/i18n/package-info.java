/** Translations: every UI string comes from the properties bundles under {@code i18n/}. */
package app.lectern.i18n;
