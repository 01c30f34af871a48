package org.linli.persistence.common;

import com.baomidou.mybatisplus.core.metadata.IPage;
import java.util.List;

/**
 * One page of rows and the total count, so that MyBatis-Plus paging types stay inside this module.
 *
 * @param records rows of the page
 * @param total rows in all pages
 */
public record PageSlice<T>(List<T> records, long total) {

  public PageSlice {
    records = List.copyOf(records);
  }

  public static <T> PageSlice<T> of(IPage<T> page) {
    return new PageSlice<>(page.getRecords(), page.getTotal());
  }
}
