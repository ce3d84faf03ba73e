package org.gongkai.model.claim;

import java.util.Optional;

/** What a direction word of a change says about its sign. */
public enum Direction {
  /** 增加, 增长, 上升, 提高. */
  UP(1),
  /** 减少, 下降, 降低, 减少了. */
  DOWN(-1),
  /** 持平, 无变化, 相同. */
  FLAT(0),
  /** 新增: up from nothing. */
  NEW(1);

  private final int sign;

  Direction(int sign) {
    this.sign = sign;
  }

  /** +1, -1 or 0. */
  public int sign() {
    return sign;
  }

  /** The direction a printed word states, if it is a direction word. */
  public static Optional<Direction> of(String word) {
    if (word == null) {
      return Optional.empty();
    }
    return switch (word) {
      case "增加", "增长", "上升", "提高", "增多", "增幅" -> Optional.of(UP);
      case "减少", "下降", "降低", "减幅", "降幅", "核减", "压减", "减少了", "缩减", "节约" -> Optional.of(DOWN);
      case "持平", "无变化", "不变", "相同", "一致" -> Optional.of(FLAT);
      case "新增" -> Optional.of(NEW);
      default -> Optional.empty();
    };
  }
}
