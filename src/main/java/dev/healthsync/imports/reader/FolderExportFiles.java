package dev.healthsync.imports.reader;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The files beside a bare export.xml (or export.xml.gz) in an unzipped export folder. */
final class FolderExportFiles implements ExportFiles {

    private final Path folder;

    FolderExportFiles(Path folder) {
        this.folder = folder.toAbsolutePath().normalize();
    }

    @Override
    public InputStream open(String reference) throws IOException {
        String relative = ExportFiles.relative(reference);
        if (relative == null) {
            return null;
        }
        Path file = folder.resolve(relative).normalize();
        if (!file.startsWith(folder) || !Files.isRegularFile(file)) {
            return null;
        }
        return Files.newInputStream(file);
    }

    @Override
    public List<String> list(String subFolder, String suffix) throws IOException {
        Path files = folder.resolve(subFolder);
        if (!Files.isDirectory(files)) {
            return List.of();
        }
        try (Stream<Path> all = Files.list(files)) {
            return all.filter(Files::isRegularFile)
                    .map(file -> file.getFileName().toString())
                    .filter(name -> name.toLowerCase(java.util.Locale.ROOT).endsWith(suffix) && !name.startsWith("._"))
                    .sorted()
                    .map(name -> subFolder + name)
                    .toList();
        }
    }
}
