/** Lesson sessions: (lesson, data, parameters, seed, step) saved atomically as a .stepwise JSON file. */
package org.stepwise.app.session;
