package org.gongkai.model;

/**
 * 三公经费 as the narrative states it (the table of the same name is a {@link Table}). Any item not
 * stated is null.
 *
 * @param total 三公经费 total
 * @param overseasTravel 因公出国（境）费
 * @param reception 公务接待费
 * @param vehicles 公务用车购置及运行（维护）费
 * @param vehiclePurchase 公务用车购置费
 * @param vehicleOperation 公务用车运行（维护）费
 */
public record ThreePublicExpenses(
    Amount total,
    Amount overseasTravel,
    Amount reception,
    Amount vehicles,
    Amount vehiclePurchase,
    Amount vehicleOperation,
    SourceRef source) {}
