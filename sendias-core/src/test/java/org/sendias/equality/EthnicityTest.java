package org.sendias.equality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The ONS 2021 Census ethnic group classification for England and Wales. */
class EthnicityTest {

    @Test
    void thereAreNineteenCensusCategoriesPlusPreferNotToSay() {
        assertEquals(20, Ethnicity.values().length);
        assertEquals(19, Arrays.stream(Ethnicity.values()).filter(e -> e != Ethnicity.PREFER_NOT_TO_SAY).count());
    }

    @Test
    void theCategoriesFallIntoTheFiveCensusGroups() {
        Map<EthnicGroup, Long> sizes = Arrays.stream(Ethnicity.values())
            .collect(Collectors.groupingBy(Ethnicity::group, () -> new EnumMap<>(EthnicGroup.class),
                Collectors.counting()));
        assertEquals(Map.of(EthnicGroup.ASIAN, 5L, EthnicGroup.BLACK, 3L, EthnicGroup.MIXED, 4L,
            EthnicGroup.WHITE, 5L, EthnicGroup.OTHER, 2L, EthnicGroup.PREFER_NOT_TO_SAY, 1L), sizes);
    }

    static Stream<Arguments> data_censusWording() {
        return Stream.of(
            Arguments.of(Ethnicity.BANGLADESHI, "Asian, Asian British or Asian Welsh: Bangladeshi"),
            Arguments.of(Ethnicity.OTHER_ASIAN, "Asian, Asian British or Asian Welsh: Other Asian"),
            Arguments.of(Ethnicity.AFRICAN, "Black, Black British, Black Welsh, Caribbean or African: African"),
            Arguments.of(Ethnicity.OTHER_BLACK, "Black, Black British, Black Welsh, Caribbean or African: Other Black"),
            Arguments.of(Ethnicity.WHITE_AND_BLACK_CARIBBEAN, "Mixed or Multiple ethnic groups: White and Black "
                + "Caribbean"),
            Arguments.of(Ethnicity.OTHER_MIXED, "Mixed or Multiple ethnic groups: Other Mixed or Multiple ethnic "
                + "groups"),
            Arguments.of(Ethnicity.WHITE_BRITISH, "White: English, Welsh, Scottish, Northern Irish or British"),
            Arguments.of(Ethnicity.GYPSY_OR_IRISH_TRAVELLER, "White: Gypsy or Irish Traveller"),
            Arguments.of(Ethnicity.ROMA, "White: Roma"),
            Arguments.of(Ethnicity.ARAB, "Other ethnic group: Arab"),
            Arguments.of(Ethnicity.ANY_OTHER, "Other ethnic group: Any other ethnic group"),
            Arguments.of(Ethnicity.PREFER_NOT_TO_SAY, "Prefer not to say"));
    }

    @ParameterizedTest
    @MethodSource("data_censusWording")
    void labelsUseTheCensusWording(Ethnicity ethnicity, String fullLabel) {
        assertEquals(fullLabel, ethnicity.fullLabel());
        assertTrue(fullLabel.endsWith(ethnicity.label()));
    }

    @Test
    void everyLabelIsDistinct() {
        List<String> labels = Arrays.stream(Ethnicity.values()).map(Ethnicity::fullLabel).toList();
        assertEquals(labels.size(), labels.stream().distinct().count());
    }
}
