/**
 * The people and organisations a case is about or involves: the child or young person, parents and carers,
 * professionals and organisations. Shared by casework, consent and (later) conflict checks.
 */
package org.sendias.party;
