package kz.oralman.examples.cli;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.stream.Collectors;
import kz.oralman.model.Case;
import kz.oralman.model.json.CaseJson;
import kz.oralman.model.json.InvalidCaseException;
import kz.oralman.rules.SafeFiles;

/** Reads case files, turning every problem into a {@link UserError} that names the file and path. */
final class CaseFiles {
    private CaseFiles() {
    }

    static Case read(Path file) {
        String text;
        try {
            // the type is checked before the file is opened (a FIFO would block, a device never ends) and
            // the read is bounded
            text = SafeFiles.readText(file, file.toString(), CaseJson.MAX_DOCUMENT_CHARS * 4L, true);
        } catch (NoSuchFileException e) {
            throw new UserError(file + ": no such file");
        } catch (SafeFiles.UnsafeFileException e) {
            throw new UserError(e.getMessage());
        } catch (IOException e) {
            throw new UserError(file + ": cannot be read: " + e.getMessage());
        }
        try {
            return CaseJson.read(text);
        } catch (InvalidCaseException e) {
            throw new UserError(file + ": " + e.problems().size() + (e.problems().size() == 1 ? " problem" : " problems")
                    + "\n" + e.problems().stream().map(p -> "  " + (p.path().isEmpty() ? "(document)" : p.path())
                    + ": " + p.message().replace("\n", "\n    ")).collect(Collectors.joining("\n")));
        }
    }
}
