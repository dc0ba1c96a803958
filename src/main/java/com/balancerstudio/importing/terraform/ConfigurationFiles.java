package com.balancerstudio.importing.terraform;

import com.balancerstudio.importing.hcl.HclBody;
import com.balancerstudio.importing.hcl.HclException;
import com.balancerstudio.importing.hcl.HclParser;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** Reads and parses the {@code .tf} files of one folder, the way Terraform reads a root module. */
final class ConfigurationFiles {
    /** Larger files are not hand-written configuration; refusing them keeps a wrong folder from filling memory. */
    static final long MAX_FILE_BYTES = 8L * 1024 * 1024;
    static final int MAX_FILES = 1000;

    private ConfigurationFiles() {
    }

    /** The parsed files by name, in name order (as Terraform loads them), with notes on the files it skipped. */
    static Map<String, HclBody> read(Path folder, List<String> notes) throws TerraformImportException {
        if (!Files.isDirectory(folder)) {
            throw new TerraformImportException(folder + ": not a folder; give the folder that holds the .tf files");
        }
        List<Path> files;
        try (Stream<Path> listing = Files.list(folder)) {
            files = listing.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new TerraformImportException(folder + ": cannot list the folder (" + e.getMessage() + ")");
        }
        var parsed = new LinkedHashMap<String, HclBody>();
        var skipped = new ArrayList<String>();
        for (var file : files) {
            var name = file.getFileName().toString();
            if (name.endsWith(".tf.json")) {
                skipped.add(name + " (JSON syntax is not read)");
            } else if (name.endsWith("_override.tf") || name.equals("override.tf")) {
                skipped.add(name + " (override files are not merged)");
            } else if (name.endsWith(".tf")) {
                if (parsed.size() == MAX_FILES) {
                    throw new TerraformImportException(folder + ": more than " + MAX_FILES + " .tf files");
                }
                parsed.put(name, parse(file, name));
            }
        }
        skipped.forEach(s -> notes.add("skipped " + s));
        if (parsed.isEmpty()) {
            throw new TerraformImportException(folder + ": no .tf files in this folder");
        }
        return parsed;
    }

    private static HclBody parse(Path file, String name) throws TerraformImportException {
        try {
            if (Files.size(file) > MAX_FILE_BYTES) {
                throw new TerraformImportException(name + ": larger than " + MAX_FILE_BYTES / (1024 * 1024)
                        + " MB; not a configuration file");
            }
            var text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file))).toString();
            return HclParser.parse(name, text);
        } catch (CharacterCodingException e) {
            throw new TerraformImportException(name + ": not UTF-8 text");
        } catch (IOException e) {
            throw new TerraformImportException(name + ": cannot read (" + e.getMessage() + ")");
        } catch (HclException e) {
            throw new TerraformImportException(e.getMessage());
        }
    }
}
