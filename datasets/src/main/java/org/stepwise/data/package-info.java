/**
 * Data for the lessons: the immutable {@link org.stepwise.data.Dataset}, built-in data sets,
 * synthetic generators, CSV import with validation, splits and scalers. No JavaFX, no engines.
 */
package org.stepwise.data;
