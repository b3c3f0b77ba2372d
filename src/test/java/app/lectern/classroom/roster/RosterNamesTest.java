package app.lectern.classroom.roster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class RosterNamesTest {

    @Test
    void namesThatReadTheSameAreDuplicatesInTheSpellingOfTheirFirstLine() {
        assertThat(RosterNames.duplicates(List.of("Maria Lopez", "Ali", " maria   LOPEZ ", "", "Ali", "Jonas")))
                .containsExactly("Maria Lopez", "Ali");
    }

    @Test
    void composedAndDecomposedAccentsAreTheSameName() {
        assertThat(RosterNames.duplicates(List.of("Chlo\u00e9", "Chloe\u0301"))).containsExactly("Chlo\u00e9");
        assertThat(RosterNames.duplicates(List.of("Chlo\u00e9", "Chloe"))).isEmpty();
    }

    @Test
    void namesAlreadyInTheClassAreFoundOnce() {
        assertThat(RosterNames.alreadyIn(List.of("Jonas Berg", "jonas berg", "Ali"), List.of("Jonas  Berg", "Sam")))
                .containsExactly("Jonas Berg");
        assertThat(RosterNames.alreadyIn(List.of("Ali"), List.of())).isEmpty();
    }
}
