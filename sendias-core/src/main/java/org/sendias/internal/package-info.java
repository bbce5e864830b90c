/**
 * Implementation details shared between sendias packages. Not exported; nothing here is API.
 */
package org.sendias.internal;
