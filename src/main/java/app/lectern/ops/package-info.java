/** Operations: what the container image runs besides the app itself (its health probe). */
package app.lectern.ops;
