/** Students' highlights and notes in a module's section text, per learner and per assignment attempt. */
package app.lectern.notes;
