package scot.triangulate.evidence;

import java.util.List;
import org.springframework.stereotype.Service;
import scot.triangulate.evidence.screening.Finding;
import scot.triangulate.evidence.screening.PersonalDataScreen;

/**
 * The personal-data screen for text that must hold none and is refused, not kept, when it does: a cell of a
 * pre-inspection return, a reason given for a change. Nothing is stored; the caller refuses the input.
 */
@Service
public class PersonalDataCheck {

    private final PersonalDataScreen screen = new PersonalDataScreen();

    /**
     * The kinds of personal data found in the text (as {@code finding.<KIND>} message keys name them: CHI_NUMBER,
     * PERSONAL_NAME, ...), each once, in order of first position; empty for text that holds none.
     */
    public List<String> kindsIn(String text) {
        return screen.screen(text).stream().map(Finding::kind).map(Enum::name).distinct().toList();
    }
}
