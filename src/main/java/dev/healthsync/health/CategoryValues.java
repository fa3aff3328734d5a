package dev.healthsync.health;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Pattern;

/**
 * Integer codes of HealthKit category values, resolved from the enum names apps and exports write.
 *
 * <p>Names are resolved against the value enum of the given category type, so a bare {@code Core} means
 * {@code HKCategoryValueSleepAnalysisAsleepCore} for sleep analysis and nothing for a headache.
 */
public final class CategoryValues {

    private static final Pattern INTEGER = Pattern.compile("[+-]?\\d{1,9}");
    private static final List<ValueSet> GENERIC_SETS =
            List.of(ValueSet.NOT_APPLICABLE, ValueSet.SEVERITY, ValueSet.PRESENCE);

    private CategoryValues() {
    }

    /**
     * The code of a category value, given as the full enum name ({@code HKCategoryValueSleepAnalysisAsleepCore}),
     * the part after the enum's name in any case and with or without separators ({@code asleepCore},
     * {@code ASLEEP_CORE}), a short form HealthKit apps use ({@code Core}, {@code REM}), or a number.
     *
     * <p>A number is returned as is, so values from enum members newer than this table still get through.
     * For a category type missing from the catalog only the generic {@code HKCategoryValue},
     * {@code HKCategoryValueSeverity} and {@code HKCategoryValuePresence} names are understood; the one name
     * they share, {@code NotPresent}, has the same code in both.
     */
    public static OptionalInt code(String categoryType, String valueName) {
        if (valueName == null || valueName.isBlank()) {
            return OptionalInt.empty();
        }
        String trimmed = valueName.trim();
        if (INTEGER.matcher(trimmed).matches()) {
            return OptionalInt.of(Integer.parseInt(trimmed));
        }
        ValueSet set = CatalogEntries.valueSetOf(categoryType);
        if (set != null) {
            return set.code(trimmed);
        }
        return GENERIC_SETS.stream()
                .map(generic -> generic.code(trimmed))
                .filter(OptionalInt::isPresent)
                .findFirst()
                .orElse(OptionalInt.empty());
    }

    /**
     * The code of a category type whose enum has a single member, such as the notification types whose only value
     * is {@code HKCategoryValueNotApplicable}: what a record of that type means when it carries no value.
     */
    public static OptionalInt onlyCode(String categoryType) {
        ValueSet set = CatalogEntries.valueSetOf(categoryType);
        return set == null ? OptionalInt.empty() : set.onlyCode();
    }

    /** The full HealthKit enum name of a code, e.g. {@code HKCategoryValueSleepAnalysisAsleepREM} for sleep code 5. */
    public static Optional<String> name(String categoryType, int code) {
        ValueSet set = CatalogEntries.valueSetOf(categoryType);
        return set == null ? Optional.empty() : set.name(code);
    }

    /**
     * The HealthKit enums category values come from. The first prefix is the one {@link #name} writes; later
     * ones are enums HealthKit renamed with the same codes. Aliases are legacy members and short forms.
     */
    enum ValueSet {
        NOT_APPLICABLE(List.of("HKCategoryValue"), Map.of(0, "NotApplicable"), Map.of()),
        SEVERITY(List.of("HKCategoryValueSeverity"),
                Map.of(0, "Unspecified", 1, "NotPresent", 2, "Mild", 3, "Moderate", 4, "Severe"), Map.of()),
        PRESENCE(List.of("HKCategoryValuePresence"), Map.of(0, "Present", 1, "NotPresent"), Map.of()),
        SLEEP_ANALYSIS(List.of("HKCategoryValueSleepAnalysis"),
                Map.of(0, "InBed", 1, "AsleepUnspecified", 2, "Awake", 3, "AsleepCore", 4, "AsleepDeep",
                        5, "AsleepREM"),
                Map.of("Asleep", 1, "Unspecified", 1, "Core", 3, "Deep", 4, "REM", 5)),
        APPLE_STAND_HOUR(List.of("HKCategoryValueAppleStandHour"), Map.of(0, "Stood", 1, "Idle"), Map.of()),
        APPETITE_CHANGES(List.of("HKCategoryValueAppetiteChanges"),
                Map.of(0, "Unspecified", 1, "NoChange", 2, "Decreased", 3, "Increased"), Map.of()),
        APPLE_WALKING_STEADINESS_EVENT(List.of("HKCategoryValueAppleWalkingSteadinessEvent"),
                Map.of(1, "InitialLow", 2, "InitialVeryLow", 3, "RepeatLow", 4, "RepeatVeryLow"), Map.of()),
        AUDIO_EXPOSURE_EVENT(List.of("HKCategoryValueAudioExposureEvent"), Map.of(1, "LoudEnvironment"), Map.of()),
        ENVIRONMENTAL_AUDIO_EXPOSURE_EVENT(List.of("HKCategoryValueEnvironmentalAudioExposureEvent"),
                Map.of(1, "MomentaryLimit"), Map.of()),
        HEADPHONE_AUDIO_EXPOSURE_EVENT(List.of("HKCategoryValueHeadphoneAudioExposureEvent"),
                Map.of(1, "SevenDayLimit"), Map.of()),
        LOW_CARDIO_FITNESS_EVENT(List.of("HKCategoryValueLowCardioFitnessEvent"), Map.of(1, "LowFitness"), Map.of()),
        CERVICAL_MUCUS_QUALITY(List.of("HKCategoryValueCervicalMucusQuality"),
                Map.of(1, "Dry", 2, "Sticky", 3, "Creamy", 4, "Watery", 5, "EggWhite"), Map.of()),
        CONTRACEPTIVE(List.of("HKCategoryValueContraceptive"),
                Map.of(1, "Unspecified", 2, "Implant", 3, "Injection", 4, "IntrauterineDevice", 5, "IntravaginalRing",
                        6, "Oral", 7, "Patch"),
                Map.of("IUD", 4)),
        MENSTRUAL_FLOW(List.of("HKCategoryValueMenstrualFlow", "HKCategoryValueVaginalBleeding"),
                Map.of(1, "Unspecified", 2, "Light", 3, "Medium", 4, "Heavy", 5, "None"), Map.of()),
        VAGINAL_BLEEDING(List.of("HKCategoryValueVaginalBleeding", "HKCategoryValueMenstrualFlow"),
                Map.of(1, "Unspecified", 2, "Light", 3, "Medium", 4, "Heavy", 5, "None"), Map.of()),
        OVULATION_TEST_RESULT(List.of("HKCategoryValueOvulationTestResult"),
                Map.of(1, "Negative", 2, "LuteinizingHormoneSurge", 3, "Indeterminate", 4, "EstrogenSurge"),
                Map.of("Positive", 2, "LHSurge", 2)),
        PREGNANCY_TEST_RESULT(List.of("HKCategoryValuePregnancyTestResult"),
                Map.of(1, "Negative", 2, "Positive", 3, "Indeterminate"), Map.of()),
        PROGESTERONE_TEST_RESULT(List.of("HKCategoryValueProgesteroneTestResult"),
                Map.of(1, "Negative", 2, "Positive", 3, "Indeterminate"), Map.of()),
        MENOPAUSAL_STATE(List.of("HKCategoryValueMenopausalState"),
                Map.of(1, "Menopause", 2, "Perimenopause", 3, "None"), Map.of());

        private final List<String> normalizedPrefixes;
        private final String namePrefix;
        private final Map<Integer, String> members;
        private final Map<String, Integer> codesByNormalizedName = new HashMap<>();

        ValueSet(List<String> prefixes, Map<Integer, String> members, Map<String, Integer> aliases) {
            this.namePrefix = prefixes.get(0);
            this.normalizedPrefixes = prefixes.stream().map(ValueSet::normalize).toList();
            this.members = members;
            members.forEach((code, member) -> codesByNormalizedName.put(normalize(member), code));
            aliases.forEach((alias, code) -> codesByNormalizedName.put(normalize(alias), code));
        }

        OptionalInt onlyCode() {
            return members.size() == 1 ? OptionalInt.of(members.keySet().iterator().next()) : OptionalInt.empty();
        }

        OptionalInt code(String valueName) {
            String key = normalize(valueName);
            for (String prefix : normalizedPrefixes) {
                if (key.startsWith(prefix) && key.length() > prefix.length()) {
                    key = key.substring(prefix.length());
                    break;
                }
            }
            Integer code = codesByNormalizedName.get(key);
            return code == null ? OptionalInt.empty() : OptionalInt.of(code);
        }

        Optional<String> name(int code) {
            return Optional.ofNullable(members.get(code)).map(member -> namePrefix + member);
        }

        /** Stateless on purpose: it runs while the constants are built, before any static field is set. */
        private static String normalize(String name) {
            StringBuilder letters = new StringBuilder(name.length());
            for (int i = 0; i < name.length(); i++) {
                char c = name.charAt(i);
                if (c < 128 && Character.isLetterOrDigit(c)) {
                    letters.append(Character.toLowerCase(c));
                }
            }
            return letters.toString();
        }
    }
}
