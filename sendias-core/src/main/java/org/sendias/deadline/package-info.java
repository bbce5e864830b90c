/**
 * The statutory deadline engine: the time limits of SEND law and of the service's own targets, each identified by a
 * stable {@link org.sendias.deadline.Rule} id, computed from the events of a process and explained step by step.
 *
 * <p>Start with {@link org.sendias.deadline.DeadlineEngine}: give it a {@link org.sendias.deadline.ProcessHistory}
 * (the process, the events recorded so far, any exceptions and parameters) and an as-of date, and it returns a
 * {@link org.sendias.deadline.Timeline} of {@link org.sendias.deadline.Deadline}s.
 */
package org.sendias.deadline;
