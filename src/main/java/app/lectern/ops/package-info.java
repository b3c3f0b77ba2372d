/** Operations: the meters behind the Prometheus endpoint and the security of the management port. */
package app.lectern.ops;
