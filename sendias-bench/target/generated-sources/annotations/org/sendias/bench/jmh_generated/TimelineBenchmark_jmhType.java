package org.sendias.bench.jmh_generated;
public class TimelineBenchmark_jmhType extends TimelineBenchmark_jmhType_B3 {
}

