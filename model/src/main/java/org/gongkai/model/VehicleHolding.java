package org.gongkai.model;

import java.util.Objects;

/**
 * Vehicles of one kind held (一般公务用车, 执法执勤用车, 其他车辆 …).
 *
 * @param kind the kind as printed
 * @param count how many
 * @param value their value, null if not stated
 */
public record VehicleHolding(String kind, Figure count, Amount value) {
  public VehicleHolding {
    Objects.requireNonNull(kind, "kind");
  }
}
