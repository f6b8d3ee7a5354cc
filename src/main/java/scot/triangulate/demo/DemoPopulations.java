package scot.triangulate.demo;

import static java.util.Map.entry;

import java.util.Map;
import scot.triangulate.partnership.Partnership;

/**
 * The child populations the demonstration figures are scaled to. The figures are illustrative, not official: rounded
 * numbers of about the right relative size (Glasgow City largest, the three island areas smallest) so that counts and
 * denominators look plausible. Real figures are National Records of Scotland's mid-year population estimates.
 */
final class DemoPopulations {

    /** A partnership's children aged 0-15 and 0-17 in 2021, and how much need there is for each child. */
    record Area(int aged0to15In2021, int aged0to17In2021, double need) {

        /** Scotland's child population falls slowly; half a per cent a year is near enough for the demonstration. */
        long aged0to15(int year) {
            return Math.round(aged0to15In2021 * (1 - 0.005 * (year - 2021)));
        }

        long aged0to17(int year) {
            return Math.round(aged0to17In2021 * (1 - 0.005 * (year - 2021)));
        }
    }

    /** Children aged 0-15 and 0-17 by partnership slug: illustrative figures, not official estimates. */
    private static final Map<String, int[]> CHILDREN = Map.ofEntries(
            entry("glasgow", new int[] {100_000, 112_000}),
            entry("edinburgh", new int[] {82_000, 92_000}),
            entry("fife", new int[] {64_000, 72_500}),
            entry("north-lanarkshire", new int[] {60_000, 67_500}),
            entry("south-lanarkshire", new int[] {54_000, 61_000}),
            entry("aberdeenshire", new int[] {46_000, 52_000}),
            entry("highland", new int[] {38_000, 43_000}),
            entry("aberdeen", new int[] {36_000, 40_000}),
            entry("west-lothian", new int[] {34_000, 38_500}),
            entry("renfrewshire", new int[] {29_000, 32_500}),
            entry("falkirk", new int[] {27_000, 30_500}),
            entry("perth-and-kinross", new int[] {24_500, 27_800}),
            entry("dundee", new int[] {24_000, 27_000}),
            entry("dumfries-and-galloway", new int[] {23_000, 26_000}),
            entry("north-ayrshire", new int[] {21_500, 24_300}),
            entry("east-ayrshire", new int[] {21_000, 23_700}),
            entry("east-renfrewshire", new int[] {20_000, 22_800}),
            entry("east-dunbartonshire", new int[] {19_500, 22_200}),
            entry("east-lothian", new int[] {19_500, 22_000}),
            entry("midlothian", new int[] {19_000, 21_300}),
            entry("scottish-borders", new int[] {18_500, 21_000}),
            entry("angus", new int[] {18_000, 20_400}),
            entry("south-ayrshire", new int[] {17_000, 19_300}),
            entry("stirling", new int[] {15_500, 17_600}),
            entry("moray", new int[] {15_000, 17_000}),
            entry("west-dunbartonshire", new int[] {15_000, 16_900}),
            entry("inverclyde", new int[] {12_000, 13_600}),
            entry("argyll-and-bute", new int[] {12_000, 13_700}),
            entry("clackmannanshire", new int[] {9_000, 10_200}),
            entry("eilean-siar", new int[] {4_000, 4_600}),
            entry("shetland", new int[] {4_000, 4_600}),
            entry("orkney", new int[] {3_700, 4_200}));

    /** A partnership added later than this table gets a middling population rather than none. */
    private static final int[] MIDDLING = {20_000, 22_500};

    private DemoPopulations() {
    }

    /**
     * The area's populations, with need following its LGBF people family group (1 least deprived, 4 most), so that
     * registrations and looked after children run higher where deprivation is higher, as they do in Scotland.
     */
    static Area of(Partnership partnership) {
        int[] children = CHILDREN.getOrDefault(partnership.slug(), MIDDLING);
        return new Area(children[0], children[1], 0.7 + 0.2 * partnership.peopleFamilyGroup());
    }
}
