/** The content model: a module's metadata, sections, claims and questions as immutable, validated records. */
package app.lectern.content;
