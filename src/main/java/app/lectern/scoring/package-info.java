/** Scoring: points per response under a retry and hint policy, and a module's totals per skill. */
package app.lectern.scoring;
