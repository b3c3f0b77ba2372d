package app.lectern.content.load;

import app.lectern.content.LearningModule;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.TraversableResolver;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.annotation.ElementType;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Loads {@code module.yaml} files: parses the YAML (refusing hostile input), binds it to {@link LearningModule} and
 * validates it with Hibernate Validator, reporting every problem of a file at once with its line and column.
 * Thread-safe.
 */
public final class ModuleLoader {

    /** The file every module folder holds. */
    public static final String MODULE_FILE = "module.yaml";

    private static final Set<Class<? extends Annotation>> REQUIRED =
            Set.of(NotNull.class, NotBlank.class, NotEmpty.class);

    private final Validator validator;

    /** A loader with the default Bean Validation provider. */
    public ModuleLoader() {
        this(Factory.INSTANCE.getValidator());
    }

    /** A loader with the given validator. */
    public ModuleLoader(Validator validator) {
        this.validator = validator;
    }

    /**
     * Built once: building a validator factory takes a noticeable fraction of a second. With JPA on the class path
     * the default factory asks JPA whether each property "is loaded" before validating it; a module is a tree of
     * plain records, never an entity, and on a file with thousands of entries those questions were a large part of
     * the validation time.
     */
    private static final class Factory {
        static final ValidatorFactory INSTANCE = Validation.byDefaultProvider()
                .configure()
                .traversableResolver(new EverythingReachable())
                .buildValidatorFactory();
    }

    /** Every property of a module record is plain data and validated. */
    private static final class EverythingReachable implements TraversableResolver {
        @Override
        public boolean isReachable(
                Object bean, Path.Node property, Class<?> rootBeanType, Path pathToProperty, ElementType type) {
            return true;
        }

        @Override
        public boolean isCascadable(
                Object bean, Path.Node property, Class<?> rootBeanType, Path pathToProperty, ElementType type) {
            return true;
        }
    }

    /**
     * Loads one module file. The module id must equal the name of the folder the file is in.
     *
     * @return the module when there are no problems, and every problem of the file sorted by line and column
     */
    public LoadResult load(java.nio.file.Path moduleYaml) {
        return load(moduleYaml, new HashMap<>());
    }

    /** Loads one module file and, when it loads, puts the text it was loaded from into {@code sources}. */
    private LoadResult load(java.nio.file.Path moduleYaml, Map<String, String> sources) {
        String file = moduleYaml.toString();
        java.nio.file.Path folder = moduleYaml.toAbsolutePath().getParent().getFileName();
        byte[] bytes;
        try {
            long size = Files.size(moduleYaml);
            if (size > YamlReader.MAX_BYTES) {
                throw YamlReader.tooLarge(size);
            }
            bytes = Files.readAllBytes(moduleYaml);
        } catch (YamlReader.YamlException e) {
            return result(null, List.of(new ContentProblem(file, e.line, e.column, e.path, e.getMessage())));
        } catch (NoSuchFileException e) {
            return result(null, List.of(new ContentProblem(file, 1, 1, "", "file not found")));
        } catch (IOException e) {
            return result(null, List.of(new ContentProblem(file, 1, 1, "", "cannot read the file: " + e.getMessage())));
        }
        LoadResult result =
                load(file, bytes, folder == null ? null : folder.toString(), "the name of the module's folder");
        result.module().ifPresent(m -> sources.put(m.id(), new String(bytes, StandardCharsets.UTF_8)));
        return result;
    }

    /**
     * Loads a module from the text of a {@code module.yaml} kept elsewhere, such as the snapshot an assignment
     * pinned. The module id must equal {@code moduleId}.
     *
     * @param source names the text in problems, e.g. {@code "snapshot my-module v3"}
     * @return the module when there are no problems, and every problem of the text sorted by line and column
     */
    public LoadResult load(String yaml, String moduleId, String source) {
        return load(source, yaml.getBytes(StandardCharsets.UTF_8), moduleId, "the expected module id");
    }

    /** Loads raw bytes; package-private for the fuzz test, which feeds it bytes that are not UTF-8 too. */
    LoadResult load(String file, byte[] bytes, String expectedId, String expectedWhat) {
        List<ContentProblem> problems = new ArrayList<>();
        LearningModule module = null;
        boolean wholeRead = false;
        try {
            YamlReader.Document doc = YamlReader.read(bytes);
            RecordBinder binder = new RecordBinder();
            module = binder.bind(doc.root(), LearningModule.class);
            wholeRead = binder.problems().isEmpty();
            if (module == null && binder.problems().isEmpty()) {
                // a document that is only "null" or "~": nothing failed to bind, yet there is no module
                problems.add(new ContentProblem(
                        file, doc.root().line(), doc.root().column(), "", "expected a mapping, found nothing"));
            }
            for (RecordBinder.Problem p : binder.problems()) {
                problems.add(new ContentProblem(file, p.line(), p.column(), p.path(), p.message()));
            }
            if (module != null) {
                problems.addAll(validate(file, module, doc, binder));
                if (module.id() != null && expectedId != null && !module.id().equals(expectedId)) {
                    YamlNode id = doc.index().get("id");
                    problems.add(new ContentProblem(
                            file,
                            id.line(),
                            id.column(),
                            "id",
                            "must equal " + expectedWhat + " ('" + expectedId + "')"));
                }
            }
        } catch (YamlReader.YamlException e) {
            problems.add(new ContentProblem(file, e.line, e.column, e.path, e.getMessage()));
        }
        return result(module, problems, wholeRead ? module : null);
    }

    private static LoadResult result(LearningModule module, List<ContentProblem> problems) {
        return result(module, problems, null);
    }

    private static LoadResult result(LearningModule module, List<ContentProblem> problems, LearningModule bound) {
        List<ContentProblem> sorted = new ArrayList<>(new LinkedHashSet<>(problems));
        sorted.sort(Comparator.comparingInt(ContentProblem::line)
                .thenComparingInt(ContentProblem::column)
                .thenComparing(ContentProblem::path));
        if (sorted.size() > MAX_PROBLEMS) {
            ContentProblem last = sorted.get(MAX_PROBLEMS);
            int more = sorted.size() - MAX_PROBLEMS;
            sorted = new ArrayList<>(sorted.subList(0, MAX_PROBLEMS));
            sorted.add(new ContentProblem(
                    last.file(), last.line(), last.column(), "", more + " more problems after this line"));
        }
        List<ContentProblem> shown = sorted.stream().map(ModuleLoader::visible).toList();
        return new LoadResult(
                shown.isEmpty() ? Optional.ofNullable(module) : Optional.empty(), shown, Optional.ofNullable(bound));
    }

    /** Most problems reported for one file; a hostile file could otherwise flood the log and the problems page. */
    static final int MAX_PROBLEMS = 100;

    /**
     * Problems quote content: invisible and direction-changing characters (U+202E would reverse the rest of the
     * line) are shown as
     * a backslash-u escape with their code point, and very long quotes are cut.
     */
    private static ContentProblem visible(ContentProblem p) {
        return new ContentProblem(p.file(), p.line(), p.column(), visible(p.path(), 300), visible(p.message(), 1000));
    }

    static String visible(String text, int max) {
        StringBuilder out = new StringBuilder();
        text.codePoints().forEach(c -> {
            int type = Character.getType(c);
            if (type == Character.FORMAT
                    || type == Character.CONTROL
                    || type == Character.SURROGATE
                    || type == Character.UNASSIGNED
                    || c == 0x2028
                    || c == 0x2029) {
                out.append(String.format("\\u%04X", c));
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.length() > max ? out.substring(0, max) + "…" : out.toString();
    }

    /**
     * Loads every {@code <dir>/*}{@code /module.yaml}. A missing folder, and a module folder without a
     * {@code module.yaml}, are problems too. Folders whose name starts with a dot are ignored.
     */
    public FolderResult loadFolder(java.nio.file.Path contentDir) {
        List<LearningModule> modules = new ArrayList<>();
        List<ContentProblem> problems = new ArrayList<>();
        Map<String, String> sources = new HashMap<>();
        if (!Files.isDirectory(contentDir)) {
            problems.add(new ContentProblem(contentDir.toString(), 1, 1, "", "content folder not found"));
            return new FolderResult(modules, problems, sources);
        }
        List<java.nio.file.Path> folders = new ArrayList<>();
        try (DirectoryStream<java.nio.file.Path> dirs = Files.newDirectoryStream(contentDir, Files::isDirectory)) {
            dirs.forEach(folders::add);
        } catch (IOException e) {
            problems.add(new ContentProblem(contentDir.toString(), 1, 1, "", "cannot read the folder: " + e));
            return new FolderResult(modules, problems, sources);
        }
        folders.sort(Comparator.comparing(p -> p.getFileName().toString()));
        for (java.nio.file.Path folder : folders) {
            if (folder.getFileName().toString().startsWith(".")) {
                continue;
            }
            java.nio.file.Path file = folder.resolve(MODULE_FILE);
            if (!Files.isRegularFile(file)) {
                problems.add(new ContentProblem(
                        file.toString(), 1, 1, "", "missing: every module folder needs a " + MODULE_FILE));
                continue;
            }
            LoadResult result = load(file, sources);
            result.module().ifPresent(modules::add);
            problems.addAll(result.problems());
        }
        return new FolderResult(modules, problems, sources);
    }

    private List<ContentProblem> validate(
            String file, LearningModule module, YamlReader.Document doc, RecordBinder binder) {
        List<ContentProblem> out = new ArrayList<>();
        for (ConstraintViolation<LearningModule> v : validator.validate(module)) {
            String path = render(v.getPropertyPath(), binder);
            if (binder.failedAt(path)) {
                continue; // reported by the binder already
            }
            YamlNode node = doc.index().get(path);
            String message = v.getMessage();
            if (node == null) {
                String at = path;
                while (node == null && !at.isEmpty()) {
                    at = parent(at);
                    node = doc.index().get(at);
                }
                if (REQUIRED.contains(
                        v.getConstraintDescriptor().getAnnotation().annotationType())) {
                    message = "missing required key '" + path.substring(path.lastIndexOf('.') + 1) + "'";
                }
            }
            int line = node == null ? 1 : node.line();
            int column = node == null ? 1 : node.column();
            out.add(new ContentProblem(file, line, column, path, message));
        }
        return out;
    }

    /** A validation path in content-file terms: kebab-case keys, file indices, no {@code base} segment. */
    private static String render(Path path, RecordBinder binder) {
        StringBuilder out = new StringBuilder();
        for (Path.Node node : path) {
            if (node.getIndex() != null) {
                int index = binder.originalIndex(out.toString(), node.getIndex());
                out.append('[').append(index).append(']');
            }
            String name = node.getName();
            if (name != null && node.getKind() == jakarta.validation.ElementKind.PROPERTY && !name.equals("base")) {
                if (!out.isEmpty()) {
                    out.append('.');
                }
                out.append(RecordBinder.key(name));
            }
        }
        return out.toString();
    }

    private static String parent(String path) {
        int cut = path.endsWith("]") ? path.lastIndexOf('[') : path.lastIndexOf('.');
        return cut < 0 ? "" : path.substring(0, cut);
    }
}
