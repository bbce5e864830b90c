/**
 * Embedding sendias in an application, as code to copy: {@link org.sendias.examples.embedding.SendiasModule} wires a
 * connection pool, the JDBC store, the deadline engine, the access policy and the case service;
 * {@link org.sendias.examples.embedding.ApiTour} is a short tour of the API on that wiring; and
 * {@link org.sendias.examples.embedding.BankHolidayUpdate} brings the bank-holiday calendars up to date from gov.uk's
 * {@code bank-holidays.json}. Each is run by a test.
 */
package org.sendias.examples.embedding;
