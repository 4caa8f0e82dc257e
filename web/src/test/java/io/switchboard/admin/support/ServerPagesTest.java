package io.switchboard.admin.support;

import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.platform.Page;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class ServerPagesTest {

    private final List<Long> rows =
            new ArrayList<>(LongStream.rangeClosed(1, 25).boxed().toList());
    private final List<Integer> asked = new ArrayList<>();

    private final ServerPages<Long> pages = new ServerPages<>(
            (page, size) -> {
                asked.add(page);
                int from = Math.min(rows.size(), page * size);
                return new Page<>(rows.subList(from, Math.min(rows.size(), from + size)), page, size, rows.size());
            },
            id -> id);

    @Test
    void aPageAndItsTotalComeInOneCall() {
        assertThat(pages.load(10, 10, Map.of(), Map.of()))
                .containsExactly(11L, 12L, 13L, 14L, 15L, 16L, 17L, 18L, 19L, 20L);
        assertThat(pages.getRowCount()).isEqualTo(25);
        assertThat(asked).containsExactly(1);
    }

    @Test
    void fewerRowsThanWhenThePageWasChosenShowTheLastPage() {
        rows.subList(12, 25).clear();

        assertThat(pages.load(20, 10, Map.of(), Map.of())).containsExactly(11L, 12L);
        assertThat(pages.getRowCount()).isEqualTo(12);
        assertThat(asked).containsExactly(2, 1);
    }

    @Test
    void aSelectedRowIsFoundOnThePageShownByItsKey() {
        pages.setWrappedData(pages.load(0, 10, Map.of(), Map.of()));

        assertThat(pages.getRowKey(7L)).isEqualTo("7");
        assertThat(pages.getRowData("7")).isEqualTo(7L);
        assertThat(pages.getRowData("17")).isNull();
    }
}
