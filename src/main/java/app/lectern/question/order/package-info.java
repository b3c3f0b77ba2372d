/** The {@code order} type: put items in the right order; scored by adjacent pairs. */
package app.lectern.question.order;
