package dev.healthsync.imports.reader;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;

/** {@link ControlCharFilter} and {@link DtdStripper}: byte-level fixes applied before the parser sees the file. */
class ByteFiltersTest {

    @Test
    void controlCharactersBecomeSpacesAndTabsNewlinesStay() throws IOException {
        byte[] in = "a\u000Bb\u0000c\u001Fd\te\nf\rg\u007Fh€".getBytes(StandardCharsets.UTF_8);
        ControlCharFilter filter = new ControlCharFilter(new ByteArrayInputStream(in));

        byte[] out = filter.readAllBytes();

        assertThat(new String(out, StandardCharsets.UTF_8)).isEqualTo("a b c d\te\nf\rg\u007Fh€");
        assertThat(filter.replaced()).isEqualTo(3);
    }

    @Test
    void everyByteValueAtEveryPositionOfAWordIsFilteredAsOneByteAtATimeWould() throws IOException {
        byte[] in = new byte[256 * 9 + 5];
        for (int i = 0; i < in.length; i++) {
            in[i] = (byte) (i * 7 + i / 256);
        }
        byte[] expected = in.clone();
        int illegal = 0;
        for (int i = 0; i < expected.length; i++) {
            int b = expected[i] & 0xFF;
            if (b < 0x20 && b != '\t' && b != '\n' && b != '\r') {
                expected[i] = ' ';
                illegal++;
            }
        }
        ControlCharFilter filter = new ControlCharFilter(new ByteArrayInputStream(in));

        byte[] out = new byte[in.length + 3];
        int read = filter.read(out, 3, in.length);

        assertThat(read).isEqualTo(in.length);
        assertThat(java.util.Arrays.copyOfRange(out, 3, out.length)).isEqualTo(expected);
        assertThat(filter.replaced()).isEqualTo(illegal);
    }

    @Test
    void controlCharactersAreFilteredInSingleByteReadsToo() throws IOException {
        ControlCharFilter filter = new ControlCharFilter(new ByteArrayInputStream(new byte[] {'x', 0x0B, 'y'}));

        assertThat(new int[] {filter.read(), filter.read(), filter.read(), filter.read()})
                .containsExactly('x', ' ', 'y', -1);
    }

    @Test
    void blanksTheBrokenIos16DoctypeAndKeepsTheDeclarationAndEveryLineNumber() throws IOException {
        byte[] export = Files.readAllBytes(ExportFixtures.resource(ExportFixtures.EXPORT_FOLDER + "/export.xml"));

        DtdStripper stripper = new DtdStripper(new ByteArrayInputStream(export));
        String out = new String(stripper.readAllBytes(), StandardCharsets.UTF_8);

        assertThat(stripper.stripped()).isTrue();
        assertThat(out).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .doesNotContain("<!DOCTYPE").doesNotContain("<!ATTLIST").endsWith("</HealthData>\n");
        String original = new String(export, StandardCharsets.UTF_8);
        int end = original.indexOf("]>\n") + 2;
        assertThat(out).isEqualTo(original.substring(0, original.indexOf("<!DOCTYPE"))
                + blanked(original.substring(original.indexOf("<!DOCTYPE"), end)) + original.substring(end));
        assertThat(out.lines().count()).as("every line of the original keeps its number")
                .isEqualTo(original.lines().count());
    }

    @Test
    void aClosingBracketInsideACommentDoesNotEndTheSubset() throws IOException {
        String xml = "\uFEFF<?xml version=\"1.0\"?>\n<!-- before ]> -->\n<!DOCTYPE HealthData [\n"
                + "<!-- a note with ]> inside -->\n<!ELEMENT HealthData ANY>\n] >\n<HealthData/>";

        String out = strip(xml, Integer.MAX_VALUE);

        String declaration = "<!DOCTYPE HealthData [\n<!-- a note with ]> inside -->\n<!ELEMENT HealthData ANY>\n] >";
        assertThat(out).isEqualTo("\uFEFF<?xml version=\"1.0\"?>\n<!-- before ]> -->\n" + blanked(declaration)
                + "\n<HealthData/>");
    }

    @Test
    void worksWhenTheSourceGivesOneByteAtATime() throws IOException {
        String xml = "<?xml version=\"1.0\"?><!DOCTYPE HealthData [ <!ELEMENT X ANY> ]><HealthData a=\"]>\"/>";

        assertThat(strip(xml, 1)).isEqualTo("<?xml version=\"1.0\"?>" + blanked("<!DOCTYPE HealthData [ <!ELEMENT X ANY> ]>")
                + "<HealthData a=\"]>\"/>");
    }

    @Test
    void aDoctypeWithoutInternalSubsetIsBlankedToo() throws IOException {
        String declaration = "<!DOCTYPE HealthData SYSTEM \"health[1].dtd\">";
        assertThat(strip(declaration + "<HealthData/>", 7)).isEqualTo(blanked(declaration) + "<HealthData/>");
    }

    @Test
    void filesWithoutDoctypeOrWithoutRootPassUnchanged() throws IOException {
        String legacy = "<HealthData locale=\"en_US\">\n <ExportDate value=\"x\"/>\n</HealthData>";
        assertThat(strip(legacy, 3)).isEqualTo(legacy);
        assertThat(strip("", 3)).isEmpty();
        assertThat(strip("<?xml version=\"1.0\"?>\n<!DOCTYPE HealthData [ <!ELEMENT", 5))
                .isEqualTo("<?xml version=\"1.0\"?>\n<!DOCTYPE HealthData [ <!ELEMENT");
        assertThat(strip("not xml at all", 5)).isEqualTo("not xml at all");
    }

    @Test
    void everythingAfterThePrologStreamsThroughWhole() throws IOException {
        StringBuilder big = new StringBuilder("<?xml version=\"1.0\"?><!DOCTYPE HealthData [ ]><HealthData>");
        for (int i = 0; i < 100_000; i++) {
            big.append("<Record value=\"").append(i).append("\"/>");
        }
        big.append("</HealthData>");

        String out = strip(big.toString(), 8192);

        assertThat(out).isEqualTo(big.toString().replace("<!DOCTYPE HealthData [ ]>", blanked("<!DOCTYPE HealthData [ ]>")));
    }

    /** The declaration as the stripper leaves it: spaces, with its line breaks kept. */
    private static String blanked(String declaration) {
        return declaration.replaceAll("[^\r\n]", " ");
    }

    private static String strip(String xml, int chunk) throws IOException {
        InputStream source = new ChunkedStream(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), chunk);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (DtdStripper stripper = new DtdStripper(source)) {
            byte[] buffer = new byte[chunk == Integer.MAX_VALUE ? 8192 : Math.max(1, chunk / 2 + 1)];
            int n;
            while ((n = stripper.read(buffer, 0, buffer.length)) >= 0) {
                out.write(buffer, 0, n);
            }
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    /** Returns at most {@code chunk} bytes per read, like a slow network or an inflater. */
    private static final class ChunkedStream extends FilterInputStream {
        private final int chunk;

        ChunkedStream(InputStream in, int chunk) {
            super(in);
            this.chunk = chunk;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            return in.read(b, off, Math.min(len, chunk));
        }
    }
}
