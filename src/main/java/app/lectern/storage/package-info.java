/** Database helpers the features' stores share (no tables of its own). */
package app.lectern.storage;
