package dev.healthsync.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.healthsync.testing.TestDatabases;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The S3 blob store against an in-process S3 server: streaming writes of unknown length, reads, failures. */
class S3BlobStoreTest {

    private static final int MIB = 1024 * 1024;

    private static S3BlobStore store;

    @BeforeAll
    static void start() {
        store = new S3BlobStore(S3TestServer.properties("blob-store-test"),
                TestDatabases.tempDataDir().resolve("tmp"));
    }

    @AfterAll
    static void stop() throws Exception {
        store.close();
    }

    @Test
    void aSmallBlobRoundTripsAndIsDeleted() throws IOException {
        byte[] content = bytes(1000, 1);
        assertThat(store.put("small/one", new ByteArrayInputStream(content))).isEqualTo(1000);
        assertThat(store.size("small/one")).isEqualTo(1000);
        try (InputStream in = store.open("small/one")) {
            assertThat(in.readAllBytes()).isEqualTo(content);
        }
        store.delete("small/one");
        store.delete("small/one");
        assertThatThrownBy(() -> store.size("small/one")).isInstanceOf(NoSuchFileException.class);
        assertThatThrownBy(() -> store.open("small/one")).isInstanceOf(NoSuchFileException.class);
    }

    @Test
    void aStreamOfUnknownLengthLargerThanAPartIsStoredByteExact() throws Exception {
        byte[] content = bytes(25 * MIB + 17, 2);
        try (OutputStream out = store.create("large/streamed")) {
            for (int off = 0; off < content.length; off += 64 * 1024) {
                out.write(content, off, Math.min(64 * 1024, content.length - off));
            }
        }
        assertThat(store.size("large/streamed")).isEqualTo(content.length);
        try (InputStream in = store.open("large/streamed")) {
            assertThat(digest(in.readAllBytes())).isEqualTo(digest(content));
        }
        store.delete("large/streamed");
    }

    @Test
    void aSourceFailingMidwayPropagatesItsErrorAndKeepsNothing() {
        InputStream failing = new InputStream() {
            private long read;

            @Override
            public int read() throws IOException {
                if (read++ >= 12L * MIB) {
                    throw new IOException("client went away");
                }
                return 'x';
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                if (read >= 12L * MIB) {
                    throw new IOException("client went away");
                }
                int n = (int) Math.min(len, 12L * MIB - read);
                java.util.Arrays.fill(b, off, off + n, (byte) 'x');
                read += n;
                return n;
            }
        };
        assertThatThrownBy(() -> store.put("failed/upload", failing)).isInstanceOf(IOException.class)
                .hasMessage("client went away");
        assertThatThrownBy(() -> store.size("failed/upload")).isInstanceOf(NoSuchFileException.class);
    }

    @Test
    void aLocalFileIsATemporaryCopyRemovedOnClose() throws IOException {
        byte[] content = bytes(5000, 3);
        store.put("local/copy.zip", new ByteArrayInputStream(content));
        BlobStore.LocalFile file = store.localFile("local/copy.zip");
        assertThat(Files.readAllBytes(file.path())).isEqualTo(content);
        file.close();
        assertThat(file.path()).doesNotExist();
        assertThatThrownBy(() -> store.localFile("local/missing")).isInstanceOf(NoSuchFileException.class);
    }

    @Test
    void presignedPostsNameTheBucketUrlAndCarryAV4Policy() throws IOException {
        BlobStore.PresignedPost post = store.presignPost("uploads/1/x/export.zip", 4096,
                Instant.now().plusSeconds(300)).orElseThrow();
        assertThat(post.url()).isEqualTo(S3TestServer.endpoint() + "/blob-store-test");
        assertThat(post.bucket()).isEqualTo("blob-store-test");
        assertThat(post.fields()).containsEntry("key", "uploads/1/x/export.zip")
                .containsKeys("policy", "x-amz-signature", "x-amz-algorithm", "x-amz-credential");
        assertThat(post.fields().keySet()).anySatisfy(name -> assertThat(name).isEqualToIgnoringCase("x-amz-date"));
    }

    private static byte[] bytes(int n, long seed) {
        byte[] content = new byte[n];
        new Random(seed).nextBytes(content);
        return content;
    }

    private static byte[] digest(byte[] content) throws Exception {
        return MessageDigest.getInstance("SHA-256").digest(content);
    }
}
