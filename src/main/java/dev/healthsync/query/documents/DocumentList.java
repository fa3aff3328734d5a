package dev.healthsync.query.documents;

import dev.healthsync.health.DocumentKind;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * The document lists of the read API: each path, the kind it lists, the payload fields left out of the list (read
 * them from the item's own endpoint) and the HealthKit category types it lists beside the documents.
 * <p>
 * Symptoms and cycle tracking are category samples in HealthKit: export.xml holds them only as {@code Record}s and
 * Health Auto Export's entries become samples whenever their name and value map to a category type, so only what
 * maps to none is a document. Their lists therefore hold both, in one order, or most people's lists would be empty.
 * The same samples stay in {@code /samples} and {@code /series}, like every sample.
 */
enum DocumentList {
    MEDICATIONS("medications", DocumentKind.MEDICATION),
    MEDICATION_DOSES("medication-doses", DocumentKind.MEDICATION_DOSE),
    /** Voltages are some 15,000 numbers per recording (Health Auto Export names them voltageMeasurements). */
    ECG("ecg", DocumentKind.ECG, Set.of("voltages", "voltageMeasurements"), List.of()),
    AUDIOGRAMS("audiograms", DocumentKind.AUDIOGRAM),
    CLINICAL_RECORDS("clinical-records", DocumentKind.CLINICAL_RECORD),
    VISION_PRESCRIPTIONS("vision-prescriptions", DocumentKind.VISION_PRESCRIPTION),
    STATE_OF_MIND("state-of-mind", DocumentKind.STATE_OF_MIND),
    SYMPTOMS("symptoms", DocumentKind.SYMPTOM, Set.of(), categories("AbdominalCramps", "Acne", "AppetiteChanges",
            "BladderIncontinence", "Bloating", "BreastPain", "ChestTightnessOrPain", "Chills", "Constipation",
            "Coughing", "Diarrhea", "Dizziness", "DrySkin", "Fainting", "Fatigue", "Fever", "GeneralizedBodyAche",
            "HairLoss", "Headache", "Heartburn", "HotFlashes", "LossOfSmell", "LossOfTaste", "LowerBackPain",
            "MemoryLapse", "MoodChanges", "Nausea", "NightSweats", "PelvicPain", "RapidPoundingOrFlutteringHeartbeat",
            "RunnyNose", "ShortnessOfBreath", "SinusCongestion", "SkippedHeartbeat", "SleepChanges", "SoreThroat",
            "VaginalDryness", "Vomiting", "Wheezing")),
    CYCLE_TRACKING("cycle-tracking", DocumentKind.CYCLE_TRACKING, Set.of(), categories("BleedingAfterMenopause",
            "BleedingAfterPregnancy", "BleedingDuringPregnancy", "CervicalMucusQuality", "Contraceptive",
            "InfrequentMenstrualCycles", "IntermenstrualBleeding", "IrregularMenstrualCycles", "Lactation",
            "MenopausalState", "MenstrualFlow", "OvulationTestResult", "PersistentIntermenstrualBleeding",
            "Pregnancy", "PregnancyTestResult", "ProgesteroneTestResult", "ProlongedMenstrualPeriods",
            "SexualActivity")),
    HEART_RATE_NOTIFICATIONS("heart-rate-notifications", DocumentKind.HEART_RATE_NOTIFICATION),
    CORRELATIONS("correlations", DocumentKind.CORRELATION);

    static final String PREFIX = "/api/v1/";

    private final String path;
    private final DocumentKind kind;
    private final Set<String> omittedFromList;
    private final List<String> categoryTypes;

    DocumentList(String path, DocumentKind kind) {
        this(path, kind, Set.of(), List.of());
    }

    DocumentList(String path, DocumentKind kind, Set<String> omittedFromList, List<String> categoryTypes) {
        this.path = PREFIX + path;
        this.kind = kind;
        this.omittedFromList = omittedFromList;
        this.categoryTypes = categoryTypes;
    }

    static DocumentList forPath(String path) {
        return Arrays.stream(values()).filter(list -> list.path.equals(path)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no document list at " + path));
    }

    String path() {
        return path;
    }

    DocumentKind kind() {
        return kind;
    }

    Set<String> omittedFromList() {
        return omittedFromList;
    }

    List<String> categoryTypes() {
        return categoryTypes;
    }

    private static List<String> categories(String... names) {
        return Arrays.stream(names).map(name -> "HKCategoryTypeIdentifier" + name).toList();
    }
}
