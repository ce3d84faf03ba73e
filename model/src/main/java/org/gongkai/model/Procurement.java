package org.gongkai.model;

/**
 * 政府采购 as stated. Items not stated are null.
 *
 * @param total 政府采购预算 total
 * @param goods 货物
 * @param works 工程
 * @param services 服务
 * @param reservedForSme 面向中小企业预留
 * @param reservedForSmallMicro of which 面向小微企业预留
 */
public record Procurement(
    Amount total,
    Amount goods,
    Amount works,
    Amount services,
    Amount reservedForSme,
    Amount reservedForSmallMicro,
    SourceRef source) {}
