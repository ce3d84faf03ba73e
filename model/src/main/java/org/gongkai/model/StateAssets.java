package org.gongkai.model;

import java.util.List;

/**
 * 国有资产占用使用情况 as stated. Anything not stated is null.
 *
 * @param asOf the date clause as printed (截至 2023 年底)
 * @param buildingArea 房屋 area
 * @param buildingValue 房屋 value
 * @param vehicleCount 车辆 total count
 * @param vehicleValue 车辆 total value
 * @param vehicles the vehicles by kind
 * @param furnitureValue 办公家具 value
 * @param otherAssetsValue 其他资产 value
 * @param equipmentOver50 large equipment with unit value above 50 万元, count
 * @param equipmentOver100 large equipment with unit value above 100 万元, count
 * @param plannedPurchases the sentence on vehicles and equipment budgeted this year, as printed
 */
public record StateAssets(
    String asOf,
    Figure buildingArea,
    Amount buildingValue,
    Figure vehicleCount,
    Amount vehicleValue,
    List<VehicleHolding> vehicles,
    Amount furnitureValue,
    Amount otherAssetsValue,
    Figure equipmentOver50,
    Figure equipmentOver100,
    Paragraph plannedPurchases,
    SourceRef source) {

  public StateAssets {
    vehicles = vehicles == null ? List.of() : List.copyOf(vehicles);
  }
}
