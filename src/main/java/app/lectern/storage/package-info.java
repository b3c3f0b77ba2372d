/** Database helpers the features' stores share, and the server's secrets (table {@code server_secret}). */
package app.lectern.storage;
