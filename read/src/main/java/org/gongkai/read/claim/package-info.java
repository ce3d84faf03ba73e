/**
 * The narrative claim parser: {@link org.gongkai.read.claim.ClaimParser} reads the sections of 情况说明
 * into typed claims and binds each to the one quantity of the tables its subject names, using only
 * model types ({@link org.gongkai.read.claim.BindingContext}). Subject phrases are data ({@code
 * subjects.tsv}); the grammar (direction words, 占, 其中, 主要原因是 …) is code.
 */
package org.gongkai.read.claim;
