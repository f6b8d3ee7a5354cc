package scot.triangulate.framework;

import java.util.List;

/** A framework or scale file that cannot be used, with every problem found, each naming the file and place. */
public class InvalidFrameworkException extends RuntimeException {

    private final String file;
    private final List<String> problems;

    public InvalidFrameworkException(String file, List<String> problems) {
        super(file + ": " + String.join("; ", problems));
        this.file = file;
        this.problems = List.copyOf(problems);
    }

    public String file() {
        return file;
    }

    public List<String> problems() {
        return problems;
    }
}
