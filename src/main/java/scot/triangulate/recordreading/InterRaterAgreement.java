package scot.triangulate.recordreading;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import scot.triangulate.recordreading.agreement.CohensKappa;
import scot.triangulate.recordreading.agreement.Estimate;
import scot.triangulate.recordreading.agreement.FleissKappa;
import scot.triangulate.recordreading.agreement.KrippendorffsAlpha;
import scot.triangulate.recordreading.agreement.PercentAgreement;
import scot.triangulate.recordreading.agreement.Ratings;

/** The record-reading module's face for agreement between readers, computed on request and not stored. */
@Service
public class InterRaterAgreement {

    /** Readings (records × readers, missing ones included) one request may hold. */
    public static final int MAX_READINGS = 100_000;
    /** Grades a scale may have: enough for a 0-100 scale, few enough that the tables stay small. */
    public static final int MAX_GRADES = 101;

    private final MessageSource messages;

    public InterRaterAgreement(MessageSource messages) {
        this.messages = messages;
    }

    /** Checks the readings, naming the first field at fault, then computes every statistic that applies. */
    public AgreementReport measure(AgreementRequest request) {
        Ratings ratings = ratings(request);
        List<AgreementReport.Note> notes = new ArrayList<>();
        int complete = ratings.completeRecords();
        int pairable = 0;
        for (int r = 0; r < ratings.records(); r++) {
            if (ratings.readings(r) >= 2) {
                pairable++;
            }
        }
        if (complete < ratings.records()) {
            notes.add(note("ratings", "agreement.note.missing", ratings.records() - complete, ratings.records(),
                    complete, pairable));
        }
        Double exact = value(PercentAgreement.exact(ratings), "exact", notes);
        Double withinOne = value(PercentAgreement.withinOne(ratings), "withinOne", notes);
        AgreementReport.Cohen cohen = null;
        if (ratings.readers() == 2) {
            CohensKappa.Kappas kappas = CohensKappa.of(ratings);
            cohen = new AgreementReport.Cohen(value(kappas.unweighted(), "cohen.unweighted", notes),
                    value(kappas.linear(), "cohen.linear", notes), value(kappas.quadratic(), "cohen.quadratic", notes));
        } else {
            notes.add(note("cohen", "agreement.note.NOT_TWO_READERS", ratings.readers()));
        }
        Double fleiss = value(FleissKappa.of(ratings), "fleiss", notes);
        KrippendorffsAlpha.Alphas alphas = KrippendorffsAlpha.of(ratings);
        AgreementReport.Krippendorff krippendorff = new AgreementReport.Krippendorff(
                value(alphas.nominal(), "krippendorff.nominal", notes), value(alphas.ordinal(), "krippendorff.ordinal", notes),
                value(alphas.interval(), "krippendorff.interval", notes));
        return new AgreementReport(ratings.records(), ratings.readers(), complete, pairable, exact, withinOne, cohen,
                fleiss, krippendorff, merged(notes));
    }

    private static Ratings ratings(AgreementRequest request) {
        AgreementRequest.Scale scale = request.scale();
        if (scale == null || scale.min() == null || scale.max() == null) {
            throw new AgreementRejectedException(scale == null ? "scale" : scale.min() == null ? "scale.min" : "scale.max",
                    "agreement.scale.missing");
        }
        int min = scale.min();
        int max = scale.max();
        if (min >= max) {
            throw new AgreementRejectedException("scale", "agreement.scale.order", min, max);
        }
        long grades = (long) max - min + 1;
        if (grades > MAX_GRADES) {
            throw new AgreementRejectedException("scale", "agreement.scale.tooWide", MAX_GRADES, min, max, grades);
        }
        List<List<Integer>> rows = request.ratings();
        if (rows == null) {
            throw new AgreementRejectedException("ratings", "agreement.ratings.missing");
        }
        if (rows.size() < 2) {
            throw new AgreementRejectedException("ratings", "agreement.ratings.tooFew", rows.size());
        }
        if (rows.get(0) == null) {
            throw new AgreementRejectedException("ratings[0]", "agreement.row.notArray", 0);
        }
        int readers = rows.get(0).size();
        if (readers < 2) {
            throw new AgreementRejectedException("ratings[0]", "agreement.readers.tooFew", readers);
        }
        if ((long) rows.size() * readers > MAX_READINGS) {
            throw new AgreementRejectedException("ratings", "agreement.ratings.tooMany", MAX_READINGS,
                    (long) rows.size() * readers);
        }
        for (int r = 0; r < rows.size(); r++) {
            List<Integer> row = rows.get(r);
            if (row == null) {
                throw new AgreementRejectedException("ratings[" + r + "]", "agreement.row.notArray", r);
            }
            if (row.size() != readers) {
                throw new AgreementRejectedException("ratings[" + r + "]", "agreement.row.ragged", r, row.size(), readers);
            }
            for (int k = 0; k < readers; k++) {
                Integer grade = row.get(k);
                if (grade != null && (grade < min || grade > max)) {
                    throw new AgreementRejectedException("ratings[" + r + "][" + k + "]", "agreement.grade.offScale",
                            r, k, grade, min, max);
                }
            }
        }
        return new Ratings(rows, min, max);
    }

    private Double value(Estimate estimate, String about, List<AgreementReport.Note> notes) {
        if (estimate.reason() != null) {
            notes.add(note(about, "agreement.note." + estimate.reason().name()));
        }
        return estimate.value();
    }

    /** Cohen's three kappas, or Krippendorff's three alphas, null for one reason make one note about the group. */
    private static List<AgreementReport.Note> merged(List<AgreementReport.Note> notes) {
        List<AgreementReport.Note> merged = new ArrayList<>();
        for (AgreementReport.Note note : notes) {
            String group = note.about().contains(".") ? note.about().substring(0, note.about().indexOf('.')) : null;
            long alike = group == null ? 0 : notes.stream()
                    .filter(n -> n.about().startsWith(group + ".") && n.code().equals(note.code())).count();
            if (alike == 3) {
                AgreementReport.Note whole = new AgreementReport.Note(group, note.code(), note.message());
                if (!merged.contains(whole)) {
                    merged.add(whole);
                }
            } else {
                merged.add(note);
            }
        }
        return merged;
    }

    private AgreementReport.Note note(String about, String code, Object... arguments) {
        return new AgreementReport.Note(about, code, messages.getMessage(code, arguments, code, Locale.UK));
    }
}
