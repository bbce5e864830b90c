package org.sendias.bench.jmh_generated;
public class WorkingDayBenchmark_jmhType extends WorkingDayBenchmark_jmhType_B3 {
}

