/**
 * Lesson sessions: (lesson, data, parameters, seed, step) saved atomically as a {@code .stepwise}
 * JSON file and opened with every field checked. No JavaFX here: the window restores a session
 * by replaying it.
 */
package org.stepwise.app.session;
