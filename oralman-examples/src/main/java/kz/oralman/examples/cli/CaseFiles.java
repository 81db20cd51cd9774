package kz.oralman.examples.cli;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.stream.Collectors;
import kz.oralman.model.Case;
import kz.oralman.model.json.CaseJson;
import kz.oralman.model.json.InvalidCaseException;

/** Reads case files, turning every problem into a {@link UserError} that names the file and path. */
final class CaseFiles {
    private CaseFiles() {
    }

    static Case read(Path file) {
        String text;
        try {
            if (Files.size(file) > CaseJson.MAX_DOCUMENT_CHARS * 4L) {
                throw new UserError(file + ": the file is larger than a case may be");
            }
            text = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file)))
                    .toString();
        } catch (NoSuchFileException e) {
            throw new UserError(file + ": no such file");
        } catch (CharacterCodingException e) {
            throw new UserError(file + ": not UTF-8 text");
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
