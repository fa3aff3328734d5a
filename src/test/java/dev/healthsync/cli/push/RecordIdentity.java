package dev.healthsync.cli.push;

import dev.healthsync.health.HealthType;
import dev.healthsync.health.SourceInfo;
import dev.healthsync.health.TypeCatalog;
import dev.healthsync.health.TypeKind;
import dev.healthsync.health.Units;
import dev.healthsync.pipeline.RawSample;
import dev.healthsync.pipeline.RawWorkout;
import java.math.BigDecimal;
import java.math.MathContext;

/**
 * What the server's identity key is computed from (docs/contracts.md#identity): type, start and end second, value in the canonical
 * unit to 7 significant digits (a category's code), normalized source name. Two records with equal identities
 * are stored once, whatever channel carried them.
 */
record RecordIdentity(String type, long start, long end, String value, String source) {

    static RecordIdentity of(RawSample s) {
        return new RecordIdentity(s.type(), s.start().epochSeconds(),
                (s.end() == null ? s.start() : s.end()).epochSeconds(), value(s),
                SourceInfo.normalizeName(s.source() == null ? null : s.source().name()));
    }

    static RecordIdentity of(RawWorkout w) {
        return new RecordIdentity(w.activityType(), w.start().epochSeconds(), w.end().epochSeconds(), "-",
                SourceInfo.normalizeName(w.source() == null ? null : w.source().name()));
    }

    private static String value(RawSample s) {
        if (TypeCatalog.kindOf(s.type()) == TypeKind.CATEGORY) {
            return "code " + AutoExportEncoder.code(s).orElseThrow();
        }
        String canonical = TypeCatalog.find(s.type()).map(HealthType::canonicalUnit).orElse(s.unit());
        double value = s.unit() == null ? s.value() : Units.convert(s.value(), s.unit(), canonical);
        return new BigDecimal(value).round(new MathContext(7)).stripTrailingZeros().toPlainString();
    }
}
