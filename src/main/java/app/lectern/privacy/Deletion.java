package app.lectern.privacy;

import java.util.Map;

/**
 * What erasing an account removed.
 *
 * @param userId the erased account
 * @param rowsByTable how many rows each table lost, in the order they were deleted
 */
public record Deletion(long userId, Map<String, Integer> rowsByTable) {

    /** Copies the map. */
    public Deletion {
        rowsByTable = Map.copyOf(rowsByTable);
    }

    /** All rows removed. */
    public int rows() {
        return rowsByTable.values().stream().mapToInt(Integer::intValue).sum();
    }
}
