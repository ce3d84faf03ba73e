/**
 * The narrative writer: 情况说明 in formal Chinese written from the ledger, each sentence with a figure
 * produced together with the typed claim ({@link org.gongkai.model.claim}) it makes and bound to
 * the table cell it talks about; amounts to two decimals, 增加/减少, 增长/下降, 持平, 新增 from a zero base,
 * shares adding up to 100.00%.
 */
package org.gongkai.write.narrative;
