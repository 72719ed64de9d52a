package th.ita.insight.sample;

import th.ita.insight.agency.AgencyType;

/**
 * An agency of the bundled sample.
 *
 * @param offset      how far the agency sits from the national level (points)
 * @param trend       points gained (or lost) per year on top of the national drift
 * @param missingYear a fiscal year without results, or 0
 */
record SampleAgency(String name, AgencyType type, String province, double offset, double trend, int missingYear) {

    static SampleAgency of(String name, AgencyType type, String province, double offset, double trend) {
        return new SampleAgency(name, type, province, offset, trend, 0);
    }
}
