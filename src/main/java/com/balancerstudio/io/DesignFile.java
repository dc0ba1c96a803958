package com.balancerstudio.io;

import com.balancerstudio.model.Design;
import com.balancerstudio.model.DesignProblem;
import com.balancerstudio.model.InvalidDesignException;
import com.balancerstudio.model.scenario.ScenarioReferences;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads and writes design files (JSON, see docs/design-format.md). Reading never half-loads: the result is a whole
 * design or a {@link DesignFileException} saying where and why. Writing goes through {@link AtomicWrite}.
 */
public final class DesignFile {
    /**
     * The format this version writes, and the newest it reads (2 added scenarios, 3 the validation settings; see
     * {@link #migrate}).
     */
    public static final int FORMAT_VERSION = 3;
    /** The file name extension of designs. */
    public static final String EXTENSION = ".balancer.json";
    /** Designs of thousands of elements are a few megabytes; anything this large is not a design. */
    public static final long MAX_BYTES = 64L * 1024 * 1024;

    private static final ObjectMapper MAPPER = DesignMapper.create();

    private DesignFile() {
    }

    /**
     * Reads a design file. A file larger than {@link #MAX_BYTES} is refused before it is read, and at most that many
     * bytes are ever read (a file that grows while it is read, or a device, cannot exhaust memory).
     */
    public static Design read(Path file) throws DesignFileException {
        String source = file.toString();
        if (Files.isDirectory(file)) {
            throw new DesignFileException(source + ": is a directory, not a design file", null, 0, null);
        }
        if (Files.exists(file) && !Files.isRegularFile(file)) {
            throw new DesignFileException(source + ": is not a regular file (a device or a pipe?), not a design file",
                    null, 0, null);
        }
        long size;
        try {
            size = Files.size(file);
        } catch (IOException e) {
            throw unreadable(source, e);
        }
        if (size > MAX_BYTES) {
            throw tooLarge(source, size);
        }
        byte[] bytes;
        try (var in = Files.newInputStream(file)) {
            bytes = in.readNBytes((int) MAX_BYTES + 1);
        } catch (IOException e) {
            throw unreadable(source, e);
        }
        if (bytes.length > MAX_BYTES) {
            throw tooLarge(source, bytes.length);
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new DesignFileException(source + ": is not a text file in UTF-8 (is it a design file?)", null, 0, e);
        }
        return parse(text, source);
    }

    private static DesignFileException tooLarge(String source, long size) {
        return new DesignFileException(source + ": the file is larger than " + MAX_BYTES / (1024 * 1024) + " MB, the"
                + " limit of a design file (it has " + String.format(java.util.Locale.ROOT, "%,d", size) + " bytes or"
                + " more; a design of 5,000 elements takes about 2 MB)", null, 0, null);
    }

    private static DesignFileException unreadable(String source, IOException e) {
        String why;
        if (e instanceof NoSuchFileException) {
            return new DesignFileException(source + ": no such file", null, 0, e);
        } else if (e instanceof java.nio.file.AccessDeniedException) {
            why = "permission denied";
        } else {
            why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        }
        return new DesignFileException(source + ": cannot be read (" + why + ")", null, 0, e);
    }

    /** Reads a design from JSON text; {@code source} names it in messages (a file name). */
    public static Design parse(String json, String source) throws DesignFileException {
        if (json.isBlank()) {
            throw new DesignFileException(source + ": the file is empty", null, 0, null);
        }
        int version = checkVersion(json, source);
        DesignDocument document;
        try {
            document = MAPPER.readValue(json, DesignDocument.class);
        } catch (JsonMappingException e) {
            throw located(source, JsonErrors.path(e), JsonErrors.line(e), JsonErrors.reason(e), e);
        } catch (JsonProcessingException e) {
            throw located(source, null, JsonErrors.line(e), JsonErrors.reason(e), e);
        }
        if (document.elements() == null) {
            throw located(source, "$", 0, "missing required property 'elements'", null);
        }
        if (document.elements().contains(null)) {
            int index = document.elements().indexOf(null);
            throw located(source, "$.elements[" + index + "]", line(json, index), "an element cannot be null", null);
        }
        document = migrate(document, version, json, source);
        if (document.scenarios() != null && document.scenarios().contains(null)) {
            int index = document.scenarios().indexOf(null);
            throw located(source, "$.scenarios[" + index + "]", scenarioLine(json, index), "a scenario cannot be null", null);
        }
        Design design;
        try {
            design = Design.of(document.name(), document.description(), document.elements(), document.scenarios());
        } catch (InvalidDesignException e) {
            throw problem(json, source, e.problems());
        }
        if (document.validation() != null) {
            try {
                design = design.withValidation(document.validation().settings());
            } catch (IllegalArgumentException | NullPointerException e) {
                throw located(source, "$.validation", validationLine(json), e.getMessage(), null);
            }
        }
        var dangling = design.danglingReferences();
        if (!dangling.isEmpty()) {
            throw problem(json, source, dangling);
        }
        var scenarioProblems = ScenarioReferences.check(design);
        if (!scenarioProblems.isEmpty()) {
            var first = scenarioProblems.get(0);
            throw located(source, "$.scenarios[" + first.scenarioIndex() + "]." + first.path(),
                    scenarioLine(json, first.scenarioIndex()), first.message(), null);
        }
        return design;
    }

    /**
     * Brings a document of an older format up to the current one, step by step. Format 1 to 2: scenarios were added;
     * a format 1 file has none, so it reads as it always did (and a scenarios array in it is a mistake). Format 2 to 3:
     * the validation settings were added, in the same way.
     */
    private static DesignDocument migrate(DesignDocument document, int version, String json, String source)
            throws DesignFileException {
        if (version < 2 && document.scenarios() != null) {
            throw located(source, "$.scenarios", scenarioLine(json, 0), "scenarios came with formatVersion 2; this file"
                    + " says formatVersion " + version + " (change it to 2)", null);
        }
        if (version < 3 && document.validation() != null) {
            throw located(source, "$.validation", validationLine(json), "validation settings came with formatVersion 3;"
                    + " this file says formatVersion " + version + " (change it to 3)", null);
        }
        return document;
    }

    /** The line of the validation object, for messages (0 when it cannot be found). */
    private static int validationLine(String json) {
        var lines = json.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains("\"validation\"")) {
                return i + 1;
            }
        }
        return 0;
    }

    private static int scenarioLine(String json, int index) {
        var lines = ElementLines.of(json, "scenarios");
        return index < lines.size() ? lines.get(index) : 0;
    }

    /**
     * Checks the document is one JSON object with a formatVersion this version reads, and returns it. It streams
     * through the document without building it, so a syntax error or a limit is reported before anything is built.
     */
    private static int checkVersion(String json, String source) throws DesignFileException {
        boolean isObject;
        boolean hasVersion = false;
        Integer version = null;
        try (JsonParser parser = MAPPER.createParser(json)) {
            isObject = parser.nextToken() == JsonToken.START_OBJECT;
            if (isObject) {
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    var name = parser.currentName();
                    var value = parser.nextToken();
                    if ("formatVersion".equals(name)) {
                        hasVersion = true;
                        if (value == JsonToken.VALUE_NUMBER_INT
                                && parser.getNumberType() == JsonParser.NumberType.INT) {
                            version = parser.getIntValue();
                        }
                    }
                    parser.skipChildren();
                }
            } else {
                parser.skipChildren();
            }
            if (parser.nextToken() != null) {
                throw located(source, null, parser.currentTokenLocation().getLineNr(), "something follows the end of"
                        + " the design (a design file holds one JSON object)", null);
            }
        } catch (JsonProcessingException e) {
            throw located(source, null, JsonErrors.line(e), JsonErrors.reason(e), e);
        } catch (IOException e) {
            throw located(source, null, 0, "cannot be read (" + e.getMessage() + ")", e);
        }
        if (!isObject) {
            throw located(source, "$", 1, "a design file holds one JSON object with formatVersion, name and elements", null);
        }
        if (!hasVersion) {
            throw located(source, "$", 1, "missing required property 'formatVersion' (is this a design file?)", null);
        }
        if (version == null) {
            throw located(source, "$.formatVersion", 0, "formatVersion must be a whole number", null);
        }
        if (version > FORMAT_VERSION) {
            throw located(source, "$.formatVersion", 0, "the file was written in format " + version
                    + " by a newer Balancer Studio; this version reads formats up to " + FORMAT_VERSION
                    + ". Update Balancer Studio to open it.", null);
        }
        if (version < 1) {
            throw located(source, "$.formatVersion", 0, "formatVersion " + version + " does not exist"
                    + " (formats start at 1)", null);
        }
        return version;
    }

    private static DesignFileException problem(String json, String source, List<DesignProblem> problems) {
        var first = problems.get(0);
        String topLevel = "scenarios".equals(first.property()) ? "$.scenarios" : "$";
        String path = first.elementIndex() < 0 ? topLevel : "$.elements[" + first.elementIndex() + "]."
                + first.property().replace("[", "[").replaceAll("^\\.", "");
        String more = problems.size() > 1 ? " (and " + (problems.size() - 1) + " more problem"
                + (problems.size() > 2 ? "s" : "") + " of this kind)" : "";
        return located(source, path, first.elementIndex() < 0 ? 0 : line(json, first.elementIndex()),
                first.message() + more, null);
    }

    private static int line(String json, int elementIndex) {
        var lines = ElementLines.of(json);
        return elementIndex < lines.size() ? lines.get(elementIndex) : 0;
    }

    private static DesignFileException located(String source, String path, int line, String reason, Throwable cause) {
        var where = new StringBuilder(source);
        if (line > 0) {
            where.append(':').append(line);
        }
        if (path != null) {
            where.append(": at ").append(path);
        }
        return new DesignFileException(where + ": " + reason, path, line, cause);
    }

    /** The design as the text of a design file: stable key order, pretty-printed, ending in a newline. */
    public static String toJson(Design design) {
        var document = new DesignDocument(FORMAT_VERSION, design.name(), design.description(),
                ValidationDocument.of(design.validation()), design.elements(),
                design.scenarios().isEmpty() ? null : design.scenarios());
        try {
            return MAPPER.writeValueAsString(document) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a design could not be written as JSON: " + e.getOriginalMessage(), e);
        }
    }

    /**
     * Saves atomically: the text is checked to read back as the same design, written to a temporary file beside the
     * target, flushed to disk, and moved over the target; the previous file is kept as {@code <name>.bak}.
     */
    public static void write(Design design, Path file) throws DesignFileException {
        var json = toJson(design);
        try {
            if (!parse(json, file.toString()).equals(design)) {
                throw new DesignFileException(file + ": not saved: the design would not read back the same", null, 0, null);
            }
        } catch (DesignFileException e) {
            throw new DesignFileException(file + ": not saved: the design would not read back (" + e.getMessage() + ")",
                    null, 0, e);
        }
        try {
            AtomicWrite.replace(file, json.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new DesignFileException(file + ": not saved (" + e + "); the previous file is unchanged", null, 0, e);
        }
    }
}
