package app.marquee.adapter.media.blob;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FilesystemBlobStoreTest {
    @TempDir
    Path dataDir;

    @Test
    void keepsBlobsUnderTheDataDirectory() {
        FilesystemBlobStore store = new FilesystemBlobStore(dataDir.toString());

        store.put("images/abc123.png", new byte[] {1, 2, 3}, "image/png");

        assertThat(dataDir.resolve("blobs/images/abc123.png")).hasBinaryContent(new byte[] {1, 2, 3});
        assertThat(store.get("images/abc123.png")).hasValueSatisfying(bytes ->
                assertThat(bytes).containsExactly(1, 2, 3));
    }

    @Test
    void writingAKeyAgainReplacesItWholeAndLeavesNoTemporaryFile() throws IOException {
        FilesystemBlobStore store = new FilesystemBlobStore(dataDir.toString());

        store.put("images/a.png", new byte[] {1, 2, 3}, "image/png");
        store.put("images/a.png", new byte[] {4}, "image/png");

        assertThat(store.get("images/a.png")).hasValueSatisfying(bytes -> assertThat(bytes).containsExactly(4));
        try (Stream<Path> files = Files.list(dataDir.resolve("blobs/images"))) {
            assertThat(files).map(path -> path.getFileName().toString()).containsExactly("a.png");
        }
    }

    @Test
    void anAbsentOrDeletedBlobIsEmpty() {
        FilesystemBlobStore store = new FilesystemBlobStore(dataDir.toString());
        store.put("images/a.png", new byte[] {1}, "image/png");

        store.delete("images/a.png");
        store.delete("images/never.png");

        assertThat(store.get("images/a.png")).isEmpty();
        assertThat(store.get("images/never.png")).isEmpty();
    }

    @Test
    void noKeyReachesOutsideTheBlobDirectory() {
        FilesystemBlobStore store = new FilesystemBlobStore(dataDir.toString());

        for (String key : new String[] {"../secret", "images/../../secret", "/etc/passwd", "images/./a", "..",
                "images//a", "images\\a", "Images/A.png", "", "images/a\u0000.png", ".hidden"}) {
            assertThatThrownBy(() -> store.put(key, new byte[] {1}, "image/png")).as(key)
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> store.get(key)).as(key).isInstanceOf(IllegalArgumentException.class);
        }
        assertThat(dataDir.resolve("secret")).doesNotExist();
    }
}
