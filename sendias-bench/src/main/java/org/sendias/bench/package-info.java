/**
 * JMH benchmarks of sendias, packaged as the runnable {@code sendias-bench/target/sendias-bench.jar}. Not deployed.
 *
 * <h2>Running</h2>
 *
 * From the root of the repository:
 *
 * <pre>{@code
 * mvn -B -DskipTests package && java -jar sendias-bench/target/sendias-bench.jar -t 1
 * }</pre>
 *
 * <p>{@code -t 1} runs one benchmark thread, so the figures are for one core. A full run of both classes (3 one-second
 * warm-up and 5 one-second measurement iterations per fork; 2 forks per working-day method, 3 per timeline method,
 * 1 for {@code appealWithExplanations}) takes about two minutes. Add a regular expression to run one class or
 * method ({@code WorkingDayBenchmark}, {@code TimelineBenchmark.appeal$}), {@code -prof gc} to see allocation per
 * operation, and {@code -h} for JMH's other options. Run on a quiet machine: the figures are only comparable within
 * one run.
 *
 * <h2>Targets</h2>
 *
 * <ul>
 *   <li>{@link org.sendias.bench.WorkingDayBenchmark}: {@code sendias} at least 100 times the throughput of the
 *       Jollyday day-by-day baseline {@code jollydayDayLoop}, in the same run. One operation of either adds 15
 *       working days to each of 1,000 dates.</li>
 *   <li>{@link org.sendias.bench.TimelineBenchmark}: at least 1,000,000 timelines a second on one core for each of
 *       {@code appeal} and {@code ehcNeedsAssessment} (one operation is one timeline). {@code appealWithExplanations}
 *       also renders the explanations and has no target.</li>
 *   <li>{@link org.sendias.bench.ConflictCheckBenchmark}: one operation checks one party's name against 1,000,000
 *       past case parties and 10,000 declarations. {@code sendias} (the match index) at least 50 times the
 *       throughput of {@code naiveJaroWinklerScan} (Jaro-Winkler against every record), and a 99th percentile of
 *       {@code sendiasLatency} of at most 5 ms. Its setup generates and indexes the names, about 10 seconds a fork,
 *       and a run of the class takes about a minute and a half.</li>
 *   <li>{@link org.sendias.bench.StoreBenchmark}: the JDBC store on an embedded PostgreSQL server started by each
 *       fork. {@code insertCases} (100 new cases in one unit of work) at least half the throughput of
 *       {@code rawJdbcBatchBaseline} (the same rows by hand, one JDBC batch per table), and a 99th percentile of
 *       {@code loadAggregate} (one case in one unit of work) under 2 ms. {@code dueInNextTenWorkingDays} reports the
 *       time of one tenant's due-soon query among 1,000,000 cases and has no target. The class takes about seven
 *       minutes, three and a half of them filling the database, and needs about 12 GB of temporary disk; leave it
 *       out of a full run with {@code -e StoreBenchmark}.</li>
 * </ul>
 */
package org.sendias.bench;
