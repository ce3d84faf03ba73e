/**
 * Narrative claims: typed statements (amount, share, change, breakdown) bound to the one quantity
 * of a disclosure they talk about.
 */
package org.gongkai.model.claim;
