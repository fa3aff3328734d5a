package dev.healthsync.imports.upload;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Upload keys: one folder per upload, file names reduced to safe characters. */
class UploadKeysTest {

    @Test
    void fileNamesAreReducedToTheirLastSegmentInSafeCharacters() {
        assertThat(UploadKeys.sanitize("export.zip")).isEqualTo("export.zip");
        assertThat(UploadKeys.sanitize("../../etc/passwd")).isEqualTo("passwd");
        assertThat(UploadKeys.sanitize("C:\\Users\\ana\\Export 2024 (1).zip")).isEqualTo("Export_2024_1_.zip");
        assertThat(UploadKeys.sanitize("..hidden")).isEqualTo("hidden");
        assertThat(UploadKeys.sanitize("导出.xml")).isEqualTo("_.xml");
        assertThat(UploadKeys.sanitize("导出")).isEqualTo("export");
        assertThat(UploadKeys.sanitize("")).isEqualTo("export");
        assertThat(UploadKeys.sanitize(null)).isEqualTo("export");
        assertThat(UploadKeys.sanitize("a".repeat(300) + ".zip")).hasSize(200).endsWith(".zip");
    }

    @Test
    void aKeyBelongsOnlyToTheUserWhoseFolderItIsIn() {
        String key = UploadKeys.newKey(42, "export.zip");
        assertThat(key).matches("uploads/42/[0-9a-f-]{36}/export\\.zip");
        assertThat(UploadKeys.belongsTo(key, 42)).isTrue();
        assertThat(UploadKeys.belongsTo(key, 4)).isFalse();
        assertThat(UploadKeys.belongsTo(key.replace("/42/", "/420/"), 42)).isFalse();
        assertThat(UploadKeys.belongsTo("uploads/42/../43/x/export.zip", 42)).isFalse();
        assertThat(UploadKeys.belongsTo("archive/healthsync/2026-01-01/x.gz", 42)).isFalse();
        assertThat(UploadKeys.fileName(key)).isEqualTo("export.zip");
    }
}
