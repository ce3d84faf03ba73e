/**
 * Benchmarks: JMH micro-benchmarks of the warm hot paths (parse, check) and whole-run batch
 * measurements. Run them with {@code java -jar bench/target/benchmarks.jar} (see bench/README.md);
 * they are never part of the test suite.
 */
package org.gongkai.bench;
