/**
 * Narrative claims: typed statements the narrative makes — an amount, a share, a change against
 * last year, a breakdown, the reasons for a change, a count, a list of names — each with its {@link
 * org.gongkai.model.claim.Subject} and bound to the one {@link org.gongkai.model.claim.Quantity} of
 * the disclosure it talks about, or unbound with the reason.
 */
package org.gongkai.model.claim;
