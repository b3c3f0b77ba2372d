/** Self-study: checking answers on the server, feedback, and a learner's progress kept without an account. */
package app.lectern.study;
