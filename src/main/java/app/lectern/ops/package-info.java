/** Operations: the meters behind the Prometheus endpoint, the management port's security, the image's health probe. */
package app.lectern.ops;
