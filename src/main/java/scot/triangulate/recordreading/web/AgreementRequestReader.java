package scot.triangulate.recordreading.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import scot.triangulate.recordreading.AgreementRejectedException;
import scot.triangulate.recordreading.AgreementRequest;

/**
 * Reads the posted JSON into a request, strictly: a grade is a whole JSON number or null, never a string or a
 * fraction that a lenient binding would round ("3", 2.5). The body is read only up to a limit, so a huge array is
 * refused before it is parsed. What the values mean (the scale, the shape) is for the service to check.
 */
final class AgreementRequestReader {

    private AgreementRequestReader() {
    }

    static byte[] body(InputStream in, int limit) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        int read;
        while ((read = in.read(buffer)) != -1) {
            body.write(buffer, 0, read);
            if (body.size() > limit) {
                throw new AgreementRejectedException("body", AgreementRejectedException.TOO_LARGE, limit);
            }
        }
        return body.toByteArray();
    }

    static AgreementRequest read(ObjectMapper json, byte[] body) {
        JsonNode root;
        try {
            root = json.readTree(body);
        } catch (JsonProcessingException e) {
            throw new AgreementRejectedException("body", "agreement.body");
        } catch (IOException e) {
            throw new AgreementRejectedException("body", "agreement.body");
        }
        if (root == null || !root.isObject()) {
            throw new AgreementRejectedException("body", "agreement.body");
        }
        return new AgreementRequest(ratings(root.get("ratings")), scale(root.get("scale")));
    }

    private static List<List<Integer>> ratings(JsonNode node) {
        if (absent(node)) {
            return null;
        }
        if (!node.isArray()) {
            throw new AgreementRejectedException("ratings", "agreement.ratings.missing");
        }
        List<List<Integer>> rows = new ArrayList<>(node.size());
        for (int r = 0; r < node.size(); r++) {
            JsonNode row = node.get(r);
            if (row.isNull()) {
                rows.add(null);
                continue;
            }
            if (!row.isArray()) {
                throw new AgreementRejectedException("ratings[" + r + "]", "agreement.row.notArray", r);
            }
            List<Integer> grades = new ArrayList<>(row.size());
            for (int k = 0; k < row.size(); k++) {
                JsonNode grade = row.get(k);
                if (grade.isNull()) {
                    grades.add(null);
                } else if (grade.isIntegralNumber() && grade.canConvertToInt()) {
                    grades.add(grade.intValue());
                } else {
                    throw new AgreementRejectedException("ratings[" + r + "][" + k + "]", "agreement.grade.notWhole", r, k);
                }
            }
            rows.add(grades);
        }
        return rows;
    }

    private static AgreementRequest.Scale scale(JsonNode node) {
        if (absent(node)) {
            return null;
        }
        if (!node.isObject()) {
            throw new AgreementRejectedException("scale", "agreement.scale.missing");
        }
        return new AgreementRequest.Scale(whole(node.get("min"), "scale.min"), whole(node.get("max"), "scale.max"));
    }

    private static Integer whole(JsonNode node, String field) {
        if (absent(node)) {
            return null;
        }
        if (!node.isIntegralNumber() || !node.canConvertToInt()) {
            throw new AgreementRejectedException(field, "agreement.scale.notWhole", field);
        }
        return node.intValue();
    }

    private static boolean absent(JsonNode node) {
        return node == null || node.isNull() || node.isMissingNode();
    }
}
