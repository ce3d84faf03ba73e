/**
 * The writer: budget data in, the ledger of line items, tables derived from the ledger by a layout
 * profile, the narrative written from typed claims, and one writer per output format.
 */
package org.gongkai.write;
