/**
 * Catalogue rules (CAT): every classification code printed exists in that year's official list, is
 * printed with its official name (forgiving only whitespace and punctuation width), sits under its
 * true parent, and is named alike in every table. The shipped lists are partial: a code they lack
 * is unknown, never wrong.
 */
package org.gongkai.check.catalogue;
