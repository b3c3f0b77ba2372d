/** The {@code categorize} type: sort items into categories. */
package app.lectern.question.categorize;
