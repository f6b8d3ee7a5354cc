package scot.triangulate.site;

import java.util.List;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;
import scot.triangulate.identity.PartnershipAccess;
import scot.triangulate.shared.InputRejectedException;

/**
 * Feedback on the service from anyone, signed in or not, kept for administrators to read. The page it came from is
 * kept only when it is an address on this site, so a link back to it can never lead elsewhere.
 */
@Service
public class FeedbackService {

    static final int MAX_FEEDBACK = 2000;
    static final int MAX_REPLY_TO = 320;
    private static final int MAX_PATH = 500;
    private static final int RECENT = 200;
    private static final Pattern LOCAL_PATH = Pattern.compile("/(?![/\\\\])[\\x21-\\x7e]*");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private final JdbcClient jdbc;
    private final PartnershipAccess access;

    FeedbackService(JdbcClient jdbc, PartnershipAccess access) {
        this.jdbc = jdbc;
        this.access = access;
    }

    /** Keeps what someone wrote; refuses empty or overlong feedback and a reply address that is not one. */
    public void receive(String fromPath, String feedback, String replyTo, Authentication actor) {
        String text = feedback == null ? "" : feedback.strip();
        if (text.isEmpty()) {
            throw new FeedbackRejectedException("feedback", "feedback.text.required");
        }
        if (text.length() > MAX_FEEDBACK) {
            throw new FeedbackRejectedException("feedback", "feedback.text.long");
        }
        String reply = replyTo == null || replyTo.isBlank() ? null : replyTo.strip();
        if (reply != null && (reply.length() > MAX_REPLY_TO || !EMAIL.matcher(reply).matches())) {
            throw new FeedbackRejectedException("replyTo", "feedback.replyTo.invalid");
        }
        jdbc.sql("insert into feedback (from_path, feedback, reply_to, account) values (:from, :text, :reply, :account)")
                .param("from", localPath(fromPath))
                .param("text", text)
                .param("reply", reply)
                .param("account", actor == null || !actor.isAuthenticated() || actor.getName().equals("anonymousUser")
                        ? null : actor.getName())
                .update();
    }

    /** The most recent feedback, newest first: for administrators only. */
    public List<Feedback> recent(Authentication actor) {
        access.requireAdministrator(actor, "reads feedback");
        return jdbc.sql("select id, received_at, from_path, feedback, reply_to, account from feedback "
                        + "order by received_at desc, id desc limit :limit")
                .param("limit", RECENT).query(Feedback.class).list();
    }

    /** The address if it is a path on this site (not another site's, not "//elsewhere"), otherwise none. */
    public static String localPath(String path) {
        return path != null && path.length() <= MAX_PATH && LOCAL_PATH.matcher(path).matches() ? path : null;
    }

    /** Feedback refused before anything is kept. */
    public static class FeedbackRejectedException extends InputRejectedException {
        FeedbackRejectedException(String field, String messageKey) {
            super(field, messageKey);
        }
    }
}
