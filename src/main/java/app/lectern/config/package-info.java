/** Lectern's settings: every {@code lectern.*} property, bound once into {@link app.lectern.config.LecternProperties}. */
package app.lectern.config;
