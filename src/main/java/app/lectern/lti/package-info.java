/** LTI 1.3 Advantage, the tool side: platform registrations, the tool's keys, launches, deep links, grades, rosters. */
package app.lectern.lti;
