package scot.triangulate.shared.web;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import org.springframework.boot.web.servlet.filter.OrderedFormContentFilter;
import org.springframework.context.MessageSource;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a null character (U+0000) anywhere in the path, a parameter (name or value, query or form) or a
 * JSON body, before security, a controller or PostgreSQL reads it: PostgreSQL cannot store it in text, and
 * nobody types it. The API answers 400 with a problem document; people get the error page saying why.
 */
@Component
@Order(NullCharacterFilter.ORDER)
class NullCharacterFilter extends OncePerRequestFilter {

    /** After PUT and PATCH forms have been read into parameters, before anything else reads a parameter. */
    static final int ORDER = OrderedFormContentFilter.DEFAULT_ORDER + 1;
    /** Request attribute naming the message of a refusal, for the error page. */
    static final String REFUSED = NullCharacterFilter.class.getName() + ".refused";
    static final String MESSAGE = "error.400.nullCharacter";

    private static final JsonFactory JSON = new JsonFactory();

    private final ObjectMapper json;
    private final MessageSource messages;

    NullCharacterFilter(ObjectMapper json, MessageSource messages) {
        this.json = json;
        this.messages = messages;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpServletRequest checked = request;
        boolean refused = inPath(request.getRequestURI()) || inParameters(request.getParameterMap());
        if (!refused && isJson(request.getContentType())) {
            byte[] body = request.getInputStream().readAllBytes();
            refused = inJson(body);
            checked = new ReadBody(request, body);
        }
        if (refused) {
            refuse(request, response);
        } else {
            chain.doFilter(checked, response);
        }
    }

    static boolean inPath(String requestUri) {
        return requestUri != null && (requestUri.indexOf('\0') >= 0 || requestUri.contains("%00"));
    }

    static boolean inParameters(Map<String, String[]> parameters) {
        for (Map.Entry<String, String[]> parameter : parameters.entrySet()) {
            if (parameter.getKey().indexOf('\0') >= 0) {
                return true;
            }
            for (String value : parameter.getValue()) {
                if (value != null && value.indexOf('\0') >= 0) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether any name or string in the JSON holds U+0000; a body that is not JSON is left to its controller. */
    static boolean inJson(byte[] body) {
        try (JsonParser parser = JSON.createParser(body)) {
            JsonToken token;
            while ((token = parser.nextToken()) != null) {
                if ((token == JsonToken.FIELD_NAME || token == JsonToken.VALUE_STRING) && parser.getText().indexOf('\0') >= 0) {
                    return true;
                }
            }
        } catch (IOException e) {
            return false;
        }
        return false;
    }

    private static boolean isJson(String contentType) {
        if (contentType == null) {
            return false;
        }
        try {
            MediaType type = MediaType.parseMediaType(contentType);
            return type.isCompatibleWith(MediaType.APPLICATION_JSON) || type.getSubtype().endsWith("+json");
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (ErrorPages.isApi(request)) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                    messages.getMessage(MESSAGE, null, MESSAGE, Locale.UK));
            problem.setProperty("code", MESSAGE);
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            json.writeValue(response.getOutputStream(), problem);
        } else {
            request.setAttribute(REFUSED, MESSAGE);
            response.sendError(HttpStatus.BAD_REQUEST.value());
        }
    }

    /** The request with its body, already read for checking, to be read again. */
    private static final class ReadBody extends HttpServletRequestWrapper {

        private final byte[] body;

        ReadBody(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    return in.read(b, off, len);
                }

                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException();
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            String encoding = getCharacterEncoding();
            return new BufferedReader(new InputStreamReader(getInputStream(),
                    encoding == null ? StandardCharsets.UTF_8 : java.nio.charset.Charset.forName(encoding)));
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }
    }
}
