package dev.healthsync.docs;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The examples of a markdown page, found by the HTML comments that precede them:
 * <ul>
 *   <li>{@code <!-- file: NAME -->}: the next code block is a file the following examples use (a request body);</li>
 *   <li>{@code <!-- example: NAME STATUS -->}: the next code block is a request ({@code sh}, run by bash), the one
 *   after it the response the last {@code curl} gets, with that HTTP status; a first block that is not {@code sh}
 *   is a console session instead, its {@code $ } lines the commands and the rest their output;</li>
 *   <li>{@code <!-- example: NAME not run: REASON -->}: the same blocks, said to be left out, and why.</li>
 * </ul>
 * Every other code block that could be a response ({@code json}, or no language) is reported as unmarked.
 */
record DocExamples(List<FileBlock> files, List<Example> examples, List<Block> unmarked) {

    private static final Pattern FENCE = Pattern.compile("^```(\\S*)\\s*$");
    private static final Pattern FILE = Pattern.compile("^<!-- file: (\\S+) -->$");
    private static final Pattern EXAMPLE =
            Pattern.compile("^<!-- example: (\\S+?)(?: (\\d{3}))?(?: not run: (.+?))? -->$");

    /** A fenced code block: its language ("" for none), its text and the line of its opening fence. */
    record Block(String language, String text, int line) {
    }

    record FileBlock(String name, Block block) {
    }

    /** One marked example; {@code request} is null for a console session, {@code notRun} null for a run one. */
    record Example(String name, Integer status, String notRun, Block request, Block response, int line) {

        boolean console() {
            return request == null;
        }
    }

    /** Items in page order: files and examples interleaved, as the page has them. */
    List<Object> inOrder() {
        List<Object> all = new ArrayList<>(files);
        all.addAll(examples);
        all.sort(java.util.Comparator.comparingInt(DocExamples::lineOf));
        return all;
    }

    private static int lineOf(Object item) {
        return item instanceof FileBlock file ? file.block().line() : ((Example) item).line();
    }

    static DocExamples parse(String markdown) {
        List<String> lines = markdown.lines().toList();
        List<Block> blocks = new ArrayList<>();
        List<Object> markers = new ArrayList<>();
        List<Integer> markerLines = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            Matcher fence = FENCE.matcher(line);
            if (fence.matches()) {
                int start = i;
                StringBuilder text = new StringBuilder();
                for (i++; i < lines.size() && !lines.get(i).equals("```"); i++) {
                    text.append(lines.get(i)).append('\n');
                }
                blocks.add(new Block(fence.group(1), text.toString(), start + 1));
            } else if (line.startsWith("<!-- file:") || line.startsWith("<!-- example:")) {
                Matcher file = FILE.matcher(line);
                Matcher example = EXAMPLE.matcher(line);
                if (file.matches()) {
                    markers.add(file);
                } else if (example.matches()) {
                    markers.add(example);
                } else {
                    throw new IllegalArgumentException("line " + (i + 1) + ": a marker that does not parse: " + line);
                }
                markerLines.add(i + 1);
            }
        }
        List<FileBlock> files = new ArrayList<>();
        List<Example> examples = new ArrayList<>();
        List<Block> claimed = new ArrayList<>();
        for (int m = 0; m < markers.size(); m++) {
            int markerLine = markerLines.get(m);
            int limit = m + 1 < markers.size() ? markerLines.get(m + 1) : Integer.MAX_VALUE;
            List<Block> next = blocks.stream().filter(b -> b.line() > markerLine && b.line() < limit).toList();
            Matcher marker = (Matcher) markers.get(m);
            if (next.isEmpty()) {
                throw new IllegalArgumentException("line " + markerLine + ": a marker with no code block after it");
            }
            if (marker.pattern() == FILE) {
                files.add(new FileBlock(marker.group(1), next.get(0)));
                claimed.add(next.get(0));
                continue;
            }
            Block first = next.get(0);
            boolean console = !first.language().equals("sh");
            if (!console && next.size() < 2) {
                throw new IllegalArgumentException("line " + markerLine + ": a request with no response block after it");
            }
            Block response = console ? first : next.get(1);
            Integer status = marker.group(2) == null ? null : Integer.valueOf(marker.group(2));
            String notRun = marker.group(3);
            if (!console && status == null && notRun == null) {
                throw new IllegalArgumentException("line " + markerLine + ": an example needs its HTTP status");
            }
            examples.add(new Example(marker.group(1), status, notRun, console ? null : first, response, markerLine));
            claimed.add(first);
            claimed.add(response);
        }
        List<Block> unmarked = blocks.stream()
                .filter(b -> b.language().isEmpty() || b.language().equals("json"))
                .filter(b -> !claimed.contains(b)).toList();
        return new DocExamples(files, examples, unmarked);
    }
}
