/**
 * The item-writing linter ({@code validate --lint}): warnings about questions that give their answers away, unbalanced
 * keys, hard text and copied wording. Plain Java over a loaded module; nothing here changes what is served.
 */
package app.lectern.lint;
