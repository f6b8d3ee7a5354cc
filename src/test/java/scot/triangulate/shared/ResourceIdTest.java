package scot.triangulate.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ResourceIdTest {

    @ParameterizedTest
    @ValueSource(strings = {"0x1", "0X1", "#1", " 1", "1 ", "\t1", "+1", "-1", "01", "001", "1.0", "1e0", "0", "",
            "\u0661", "\uff11", "18446744073709551617", "9223372036854775808", "1_000", "1,000"})
    void anIdWrittenAnyOtherWayNamesNothing(String text) {
        assertThat(ResourceId.parse(text)).isEmpty();
    }

    @Test
    void anIdIsDigitsWithoutLeadingZeros() {
        assertThat(ResourceId.parse("1")).hasValue(1);
        assertThat(ResourceId.parse("42")).hasValue(42);
        assertThat(ResourceId.parse("9223372036854775807")).hasValue(Long.MAX_VALUE);
        assertThat(ResourceId.parse(null)).isEqualTo(OptionalLong.empty());
    }

    @Test
    void aNumberMayBeZeroOrNegativeButStillHasOneSpelling() {
        assertThat(ResourceId.parseNumber("0")).hasValue(0);
        assertThat(ResourceId.parseNumber("-1")).hasValue(-1);
        assertThat(ResourceId.parseNumber("-9223372036854775808")).hasValue(Long.MIN_VALUE);
        assertThat(ResourceId.parseNumber("-9223372036854775809")).isEmpty();
        assertThat(ResourceId.parseNumber("-0")).isEmpty();
        assertThat(ResourceId.parseNumber("-01")).isEmpty();
        assertThat(ResourceId.parseNumber("+1")).isEmpty();
        assertThat(ResourceId.parseNumber("0x10")).isEmpty();
        assertThat(ResourceId.parseNumber("00")).isEmpty();
    }
}
