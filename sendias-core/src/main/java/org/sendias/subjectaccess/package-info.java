/**
 * Subject access requests: everything a service holds about one person, as one JSON document, with a hook that
 * decides what is released about everyone else.
 *
 * <p>{@link org.sendias.subjectaccess.SubjectQuery} says who the request is about (party ids, a name and date of
 * birth matched with {@link org.sendias.conflicts.matching.NameMatcher}, or both) and explains each match;
 * {@link org.sendias.subjectaccess.SubjectAccess#export} gathers, from every case of the tenant in which the person is
 * a party, their own records and the case's content, asking a {@link org.sendias.subjectaccess.Redactor} about each
 * third party and each free-text item; {@link org.sendias.subjectaccess.SubjectAccessExport} writes the result as a
 * documented JSON document.
 *
 * <p>The export holds personal data by design: nothing in this package logs it, and the {@code toString} of every
 * type here shows ids and counts only.
 */
package org.sendias.subjectaccess;
