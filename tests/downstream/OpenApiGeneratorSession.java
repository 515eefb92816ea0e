// Runs several `openapi-generator-cli` commands one after the other in one JVM, for
// tests/downstream/test_openapi_generator.py: each command is the tool's own entry point
// (org.openapitools.codegen.OpenAPIGenerator.main, what `java -jar openapi-generator.jar` runs)
// with the command's arguments; only the JVM start and the warm-up of the classes both commands
// use (the spec parser) are shared.
//
//   java -cp <jar>:<this class> OpenApiGeneratorSession <results dir> <args of run 0> \
//     --next-run-- <args of run 1> ...
//
// Run i writes what it prints to <results dir>/<i>.out and <i>.err and, when the entry point
// returns, "0" to <i>.status ("1" when it throws, its stack trace in <i>.err). A run that calls
// System.exit (the tool's way to fail a validation or a bad command line) ends the JVM there:
// the runs without a status file did not finish, and the test runs each of them on its own.
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

public final class OpenApiGeneratorSession {
  private static final String NEXT = "--next-run--";

  public static void main(String[] args) throws Exception {
    Path results = Path.of(args[0]);
    List<List<String>> runs = new ArrayList<>();
    runs.add(new ArrayList<>());
    for (String arg : Arrays.copyOfRange(args, 1, args.length)) {
      if (arg.equals(NEXT)) {
        runs.add(new ArrayList<>());
      } else {
        runs.get(runs.size() - 1).add(arg);
      }
    }
    // By reflection: this class compiles without the jar on the class path.
    var entry =
        Class.forName("org.openapitools.codegen.OpenAPIGenerator").getMethod("main", String[].class);
    PrintStream out = System.out;
    PrintStream err = System.err;
    for (int i = 0; i < runs.size(); i++) {
      String status = "0";
      try (PrintStream runOut = stream(results.resolve(i + ".out"));
          PrintStream runErr = stream(results.resolve(i + ".err"))) {
        // The tool's logger (logback's console appender) writes to whatever System.out is.
        System.setOut(runOut);
        System.setErr(runErr);
        try {
          entry.invoke(null, (Object) runs.get(i).toArray(new String[0]));
        } catch (java.lang.reflect.InvocationTargetException e) {
          e.getCause().printStackTrace(runErr);
          status = "1";
        } finally {
          System.setOut(out);
          System.setErr(err);
        }
      }
      Files.writeString(results.resolve(i + ".status"), status, StandardCharsets.UTF_8);
    }
  }

  private static PrintStream stream(Path path) throws Exception {
    return new PrintStream(new FileOutputStream(path.toFile()), true, StandardCharsets.UTF_8);
  }
}
