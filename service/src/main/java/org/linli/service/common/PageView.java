package org.linli.service.common;

import java.util.List;

/** One page of a list; {@code page} counts from 1. */
public record PageView<T>(List<T> items, int page, int size, long total) {
  public PageView {
    items = List.copyOf(items);
  }
}
