/**
 * Types shared by every sendias capability, such as {@link org.sendias.InvalidInputException}, the error every
 * public entry point throws for input that names a field and the problem with it.
 */
package org.sendias;
