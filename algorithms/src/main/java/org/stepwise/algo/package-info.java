/**
 * The engine contract: step engines, their snapshots, declared parameters and seeded
 * randomness. Engines live in one sub-package per family. No JavaFX, ever: this module must
 * work as a plain library from a test, a notebook or another program.
 */
package org.stepwise.algo;
