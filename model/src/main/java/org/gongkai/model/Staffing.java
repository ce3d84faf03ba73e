package org.gongkai.model;

/**
 * 机构设置及人员情况: the staffing figures. Any figure the document does not state is null.
 *
 * @param authorized 编制数
 * @param actual 实有人数
 * @param inService 在职
 * @param inServiceChange 在职 增加 (negative for a decrease)
 * @param retired 退休
 * @param retiredChange 退休 增加
 * @param honorablyRetired 离休
 * @param honorablyRetiredChange 离休 增加
 */
public record Staffing(
    Figure authorized,
    Figure actual,
    Figure inService,
    Figure inServiceChange,
    Figure retired,
    Figure retiredChange,
    Figure honorablyRetired,
    Figure honorablyRetiredChange) {}
