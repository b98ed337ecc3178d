/** JMH benchmarks of engines and views; run with the command in docs/BENCHMARKS.md. */
package org.stepwise.bench;
